-- Custom migration: gives events and claims written before event_history and claim_history
-- existed a history, one state per revision that left the record standing (create, update,
-- restore), valid until the record's next revision. The state's columns come from the
-- revision's `after` snapshot; `dto` stays NULL and readers build it from that snapshot
-- (db/queries/as-of.ts). The local days depend on the event's zone, which SQL cannot read: a
-- state whose time and zone are today's takes today's days, an older one its UTC dates.
INSERT INTO event_history (event_id, revision_id, valid_from, valid_to, kind, title, summary, starts_at, starts_upper,
  local_start_day, local_end_day, location_id, dto)
SELECT r.entity_id, r.id, r.at,
  (SELECT n.at FROM revisions n WHERE n.entity_type = 'event' AND n.entity_id = r.entity_id AND n.id > r.id ORDER BY n.id LIMIT 1),
  json_extract(r.after, '$.kind'), json_extract(r.after, '$.title'), coalesce(json_extract(r.after, '$.summary'), ''),
  json_extract(r.after, '$.startsAt'),
  CASE WHEN same.id IS NOT NULL THEN e.starts_upper ELSE json_extract(r.after, '$.startsAt') END,
  CASE WHEN same.id IS NOT NULL THEN e.local_start_day ELSE substr(json_extract(r.after, '$.startsAt'), 1, 10) END,
  CASE WHEN same.id IS NOT NULL THEN e.local_end_day
    ELSE substr(coalesce(json_extract(r.after, '$.endsAt'), json_extract(r.after, '$.startsAt')), 1, 10) END,
  (SELECT l.id FROM locations l WHERE l.slug = json_extract(r.after, '$.location')),
  NULL
FROM revisions r
JOIN events e ON e.id = r.entity_id
LEFT JOIN events same ON same.id = e.id
  AND same.starts_at = json_extract(r.after, '$.startsAt')
  AND same.ends_at IS json_extract(r.after, '$.endsAt')
  AND same.time_zone = json_extract(r.after, '$.timeZone')
  AND same.precision = json_extract(r.after, '$.precision')
WHERE r.entity_type = 'event' AND r.action IN ('create', 'update', 'restore') AND r.after IS NOT NULL
ORDER BY r.id;
--> statement-breakpoint
-- Events with no revision at all (none should exist; written by hand before the log): today's
-- state, valid from their creation until their deletion.
INSERT INTO event_history (event_id, revision_id, valid_from, valid_to, kind, title, summary, starts_at, starts_upper,
  local_start_day, local_end_day, location_id, dto)
SELECT e.id, NULL, e.created_at, e.deleted_at, e.kind, e.title, e.summary, e.starts_at, e.starts_upper,
  e.local_start_day, e.local_end_day, e.location_id, NULL
FROM events e
WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.entity_type = 'event' AND r.entity_id = e.id);
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_parties (history_id, party_id)
SELECT h.id, p.id
FROM event_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.parties') j
JOIN parties p ON p.slug = json_extract(j.value, '$.party');
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_people (history_id, person_id)
SELECT h.id, p.id
FROM event_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.people') j
JOIN people p ON p.slug = json_extract(j.value, '$.person');
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_topics (history_id, topic_id)
SELECT h.id, t.id
FROM event_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.topics') j
JOIN topics t ON t.slug = j.value;
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_parties (history_id, party_id)
SELECT h.id, ep.party_id FROM event_history h JOIN event_parties ep ON ep.event_id = h.event_id WHERE h.revision_id IS NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_people (history_id, person_id)
SELECT h.id, ep.person_id FROM event_history h JOIN event_people ep ON ep.event_id = h.event_id WHERE h.revision_id IS NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO event_history_topics (history_id, topic_id)
SELECT h.id, et.topic_id FROM event_history h JOIN event_topics et ON et.event_id = h.event_id WHERE h.revision_id IS NULL;
--> statement-breakpoint
INSERT INTO claim_history (claim_id, revision_id, valid_from, valid_to, event_id, party_id, person_id, kind, text, dto)
SELECT r.entity_id, r.id, r.at,
  (SELECT n.at FROM revisions n WHERE n.entity_type = 'claim' AND n.entity_id = r.entity_id AND n.id > r.id ORDER BY n.id LIMIT 1),
  coalesce((SELECT e.id FROM events e WHERE e.slug = json_extract(r.after, '$.event')), c.event_id),
  coalesce((SELECT p.id FROM parties p WHERE p.slug = json_extract(r.after, '$.party')), c.party_id),
  (SELECT p.id FROM people p WHERE p.slug = json_extract(r.after, '$.person')),
  json_extract(r.after, '$.kind'),
  coalesce(json_extract(r.after, '$.quote.exact'), '') || ' ' || coalesce(json_extract(r.after, '$.paraphrase'), ''),
  NULL
FROM revisions r
JOIN claims c ON c.id = r.entity_id
WHERE r.entity_type = 'claim' AND r.action IN ('create', 'update', 'restore') AND r.after IS NOT NULL
ORDER BY r.id;
--> statement-breakpoint
INSERT OR IGNORE INTO claim_history_topics (history_id, topic_id)
SELECT h.id, t.id
FROM claim_history h
JOIN revisions r ON r.id = h.revision_id, json_each(r.after, '$.topics') j
JOIN topics t ON t.slug = j.value;
