-- Full-text index over what a reader searches: an event's title, summary and cited excerpts.
-- The row id is the event's id; db/queries/search-index.ts keeps it in step with every write.
CREATE VIRTUAL TABLE `event_search` USING fts5(
  `title`,
  `summary`,
  `excerpts`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
