// Keeps the full-text index in step with an event: called inside every transaction that
// changes an event or its citations.
import { sql } from 'drizzle-orm';
import type { ParleyTx } from '../connection';

export function reindexEvent(tx: ParleyTx, eventId: number): void {
  tx.run(sql`DELETE FROM event_search WHERE rowid = ${eventId}`);
  tx.run(sql`
    INSERT INTO event_search (rowid, title, summary, excerpts)
    SELECT e.id, e.title, e.summary,
      coalesce((SELECT group_concat(c.excerpt, ' … ') FROM citations c WHERE c.event_id = e.id), '')
    FROM events e
    WHERE e.id = ${eventId} AND e.deleted_at IS NULL`);
}
