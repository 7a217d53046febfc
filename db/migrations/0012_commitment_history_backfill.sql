-- Custom migration: gives commitments written before commitment_history existed a history, one
-- state per revision that left the commitment standing (create, edit, status change, restore),
-- valid until its next revision. The columns come from the revision's `after` snapshot; `dto`
-- stays NULL and readers build it from that snapshot (db/queries/commitments-as-of.ts).
INSERT INTO commitment_history (commitment_id, revision_id, valid_from, valid_to, event_id, status, deadline_at, text, dto)
SELECT r.entity_id, r.id, r.at,
  (SELECT n.at FROM revisions n
    WHERE n.entity_type = 'commitment' AND n.entity_id = r.entity_id AND n.id > r.id ORDER BY n.id LIMIT 1),
  (SELECT e.id FROM events e WHERE e.slug = json_extract(r.after, '$.event')),
  coalesce(json_extract(r.after, '$.status'), c.status),
  json_extract(r.after, '$.deadlineAt'),
  coalesce(json_extract(r.after, '$.text'), c.text),
  NULL
FROM revisions r
JOIN commitments c ON c.id = r.entity_id
WHERE r.entity_type = 'commitment' AND r.action IN ('create', 'update', 'restore') AND r.after IS NOT NULL
ORDER BY r.id;
--> statement-breakpoint
-- Commitments with no revision (written by hand before the log): today's state, from their
-- creation until their deletion.
INSERT INTO commitment_history (commitment_id, revision_id, valid_from, valid_to, event_id, status, deadline_at, text, dto)
SELECT c.id, NULL, c.created_at, c.deleted_at, c.event_id, c.status, c.deadline_at, c.text, NULL
FROM commitments c
WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.entity_type = 'commitment' AND r.entity_id = c.id);
--> statement-breakpoint
INSERT OR IGNORE INTO commitment_history_parties (history_id, party_id)
SELECT h.id, p.id
FROM commitment_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.parties') j
JOIN parties p ON p.slug = j.value;
--> statement-breakpoint
INSERT OR IGNORE INTO commitment_history_topics (history_id, topic_id)
SELECT h.id, t.id
FROM commitment_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.topics') j
JOIN topics t ON t.slug = j.value;
--> statement-breakpoint
INSERT OR IGNORE INTO commitment_history_parties (history_id, party_id)
SELECT h.id, cp.party_id FROM commitment_history h
JOIN commitment_parties cp ON cp.commitment_id = h.commitment_id WHERE h.revision_id IS NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO commitment_history_topics (history_id, topic_id)
SELECT h.id, ct.topic_id FROM commitment_history h
JOIN commitment_topics ct ON ct.commitment_id = h.commitment_id WHERE h.revision_id IS NULL;
