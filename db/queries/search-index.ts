// Keeps the full-text index in step with an event: called inside every transaction that
// changes an event, its citations or its claims (whose quotes and paraphrases it searches too).
import { sql } from 'drizzle-orm';
import type { ParleyTx } from '../connection';

export function reindexEvent(tx: ParleyTx, eventId: number): void {
  tx.run(sql`DELETE FROM event_search WHERE rowid = ${eventId}`);
  tx.run(sql`
    INSERT INTO event_search (rowid, title, summary, excerpts)
    SELECT e.id, e.title, e.summary,
      concat_ws(' … ',
        (SELECT group_concat(c.excerpt, ' … ') FROM citations c WHERE c.event_id = e.id),
        (SELECT group_concat(concat_ws(' ', cl.quote_exact, nullif(cl.paraphrase, '')), ' … ') FROM claims cl WHERE cl.event_id = e.id AND cl.deleted_at IS NULL))
    FROM events e
    WHERE e.id = ${eventId} AND e.deleted_at IS NULL`);
}
