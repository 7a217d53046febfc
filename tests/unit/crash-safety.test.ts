// SIGKILL in the middle of a stream of edits and of a bulk write: after each kill the file is
// intact, every acknowledged write is there, and no half of a bulk write is visible.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { startWriter, waitFor } from '../helpers/processes';
import { useTemporaryDatabase } from '../helpers/db';

const KILLS = 4;

function reopen(file: string) {
  const db = openDatabase(file);
  const integrity = db.$client.pragma('integrity_check', { simple: true });
  return { db, integrity };
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit through ${KILLS} SIGKILLs of a writer`, async () => {
    await useTemporaryDatabase();
    const file = process.env.DATABASE_PATH!;
    for (let round = 0; round < KILLS; round++) {
      const writer = startWriter({
        DATABASE_PATH: file,
        PARLEY_MODE: 'edits',
        PARLEY_OPS: '100000',
        PARLEY_WRITER: `edits-${round}`,
      });
      await waitFor(() => writer.lines.filter((l) => l.startsWith('ack edit')).length >= 20 + round * 15);
      writer.child.kill('SIGKILL');
      await writer.exited;
      const acked = writer.lines.filter((l) => l.startsWith('ack edit')).map((l) => Number(l.split(' ')[2]));
      const { db, integrity } = reopen(file);
      expect(integrity).toBe('ok');
      const row = db.$client
        .prepare('SELECT summary, version FROM events WHERE slug = ?')
        .get(`edits-${round}-stream`) as { summary: string; version: number };
      const lastAcked = Math.max(...acked);
      // The last acknowledged edit is there; at most one more (committed but not yet announced).
      expect(Number(row.summary.replace('edit ', ''))).toBeGreaterThanOrEqual(lastAcked);
      expect(Number(row.summary.replace('edit ', ''))).toBeLessThanOrEqual(lastAcked + 1);
      expect(row.version).toBe(Number(row.summary.replace('edit ', '')) + 1);
      const revisions = db.$client
        .prepare(
          "SELECT count(*) FROM revisions WHERE entity_type = 'event' AND entity_id = (SELECT id FROM events WHERE slug = ?)",
        )
        .pluck()
        .get(`edits-${round}-stream`);
      expect(revisions).toBe(row.version);
      db.$client.close();
    }
  });

  it(`never shows half of a bulk write through ${KILLS} SIGKILLs`, async () => {
    await useTemporaryDatabase();
    const file = process.env.DATABASE_PATH!;
    let killedMidWrite = 0;
    for (let round = 0; round < KILLS; round++) {
      const writer = startWriter({
        DATABASE_PATH: file,
        PARLEY_MODE: 'bulk',
        PARLEY_OPS: '4000',
        PARLEY_WRITER: `bulk-${round}`,
      });
      await waitFor(() => writer.lines.includes('started'));
      await new Promise((resolve) => setTimeout(resolve, 150 + round * 100));
      writer.child.kill('SIGKILL');
      await writer.exited;
      const { db, integrity } = reopen(file);
      expect(integrity).toBe('ok');
      const visible = db.$client
        .prepare('SELECT count(*) FROM events WHERE slug LIKE ?')
        .pluck()
        .get(`bulk-${round}-bulk-%`) as number;
      const searchable = db.$client
        .prepare('SELECT count(*) FROM event_search WHERE event_search MATCH ?')
        .pluck()
        .get(`"bulk-${round}"`) as number;
      expect([0, 4000]).toContain(visible);
      expect(searchable).toBe(visible);
      if (writer.lines.some((l) => l.startsWith('ack bulk'))) expect(visible).toBe(4000);
      else killedMidWrite++;
      db.$client.close();
    }
    expect(killedMidWrite).toBeGreaterThan(0);
  });
});
