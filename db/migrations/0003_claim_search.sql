-- Full-text index over what claims say: the exact quote and the analyst's paraphrase. The row
-- id is the claim's id; db/queries/claim-writes.ts keeps it in step with every claim write.
CREATE VIRTUAL TABLE `claim_search` USING fts5(
  `quote`,
  `paraphrase`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
