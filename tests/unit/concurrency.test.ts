// Several analysts at once: writer processes create and edit while a reader pages through the
// timeline. No SQLITE_BUSY reaches anyone, no edit is lost, and the counts add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '@/db/cursor';
import { VersionConflictError } from '@/db/errors';
import { createEvent, createEvents, updateEvent, type EventInput } from '@/db/queries/event-writes';
import { getEvent, listEvents } from '@/db/queries/events';
import { createLocation, createParty, createPerson, createSource, createTopic } from '@/db/queries/record-writes';
import { generateArchive } from '@/db/seed/archive';
import { startScript, startWriter } from '../helpers/processes';
import { temporaryDatabasePath, useTemporaryDatabase } from '../helpers/db';

const WRITERS = 4;
const OPS_PER_WRITER = 60;

const input = (title: string, summary = ''): EventInput => ({
  kind: 'statement',
  title,
  summary,
  startsAt: '2025-03-23T12:00:00.000Z',
  timeZone: 'UTC',
  precision: 'minute',
  status: 'occurred',
});

describe('concurrent analysts', () => {
  it(`${WRITERS} writer processes × ${OPS_PER_WRITER} operations while a reader pages: nothing busy, nothing lost`, async () => {
    const db = await useTemporaryDatabase();
    const file = process.env.DATABASE_PATH!;
    const shared = ['shared-a', 'shared-b', 'shared-c'];
    for (const slug of shared)
      await createEvent({ input: { ...input(slug), slug }, actor: { id: null, name: 'setup' } });
    const before = db.$client.prepare('SELECT count(*) FROM events').pluck().get() as number;

    const writers = Array.from({ length: WRITERS }, (_, i) =>
      startWriter({
        DATABASE_PATH: file,
        PARLEY_MODE: 'shared',
        PARLEY_OPS: String(OPS_PER_WRITER),
        PARLEY_WRITER: `w${i}`,
        PARLEY_SHARED: shared.join(','),
      }),
    );
    let pagesRead = 0;
    let done = false;
    const exits = Promise.all(writers.map((w) => w.exited)).then((codes) => {
      done = true;
      return codes;
    });
    while (!done) {
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listEvents>> = await listEvents({
          limit: 7,
          cursor: cursor ? decodeCursor(cursor) : null,
        });
        pagesRead++;
        cursor = page.nextCursor;
      } while (cursor);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const codes = await exits;
    const reports = writers.map((w) => w.lines.find((l) => l.startsWith('done ')) ?? w.lines.join(' | '));
    expect(codes, reports.join('\n')).toEqual(Array(WRITERS).fill(0));
    const totals = reports.map((r) => JSON.parse(r.slice(5)) as { created: number; edits: number; conflicts: number });
    const created = totals.reduce((n, t) => n + t.created, 0);
    const edits = totals.reduce((n, t) => n + t.edits, 0);

    expect(db.$client.prepare('SELECT count(*) FROM events').pluck().get()).toBe(before + created);
    // Every successful edit appended its mark to a shared event's summary: none was overwritten.
    const marks = shared.flatMap((slug) =>
      (db.$client.prepare('SELECT summary FROM events WHERE slug = ?').pluck().get(slug) as string)
        .split('|')
        .filter(Boolean),
    );
    expect(marks).toHaveLength(edits);
    const versions = shared.map(
      (slug) => db.$client.prepare('SELECT version FROM events WHERE slug = ?').pluck().get(slug) as number,
    );
    expect(versions.reduce((a, b) => a + b, 0)).toBe(shared.length + edits);
    expect(pagesRead).toBeGreaterThan(0);
    console.log(
      `concurrency: ${WRITERS} writers, ${created} creates, ${edits} edits, ${totals.reduce((n, t) => n + t.conflicts, 0)} conflicts retried, ${pagesRead} pages read`,
    );
  }, 120_000);

  it('lets exactly one of two interleaved saves of the same version win; the other gets a conflict', async () => {
    await useTemporaryDatabase({ seed: false });
    let round = 0;
    await fc.assert(
      // Each save changes the summary (created empty): a save that changes nothing writes nothing and cannot conflict.
      fc.asyncProperty(
        fc.scheduler(),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (s, textA, textB) => {
          const slug = `model-${round++}`;
          const created = await createEvent({ input: { ...input(slug), slug }, actor: { id: null, name: 'setup' } });
          const save = (name: string, text: string) =>
            s.schedule(Promise.resolve(name)).then(() =>
              updateEvent({
                id: created.id,
                version: created.version,
                input: input(slug, text),
                actor: { id: null, name },
              }).then(
                () => 'saved' as const,
                (error) => (error instanceof VersionConflictError ? ('conflict' as const) : Promise.reject(error)),
              ),
            );
          const results = Promise.all([save('a', textA), save('b', textB)]);
          await s.waitAll();
          const [a, b] = await results;
          expect([a, b].sort()).toEqual(['conflict', 'saved']);
          const stored = (await getEvent({ key: created.id }))!;
          expect(stored.version).toBe(created.version + 1);
          expect(stored.summary).toBe(a === 'saved' ? textA : textB);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the server’s event loop responsive while a search runs and a backup is taken (delay recorded)', async () => {
    const db = await useTemporaryDatabase({ seed: false });
    const archive = generateArchive({ events: 3000 });
    const actor = { id: null, name: 'setup' };
    for (const input of archive.parties) await createParty({ input, actor });
    for (const input of archive.topics) await createTopic({ input, actor });
    for (const input of archive.locations) await createLocation({ input, actor });
    for (const input of archive.sources) await createSource({ input, actor });
    for (const input of archive.people) await createPerson({ input, actor });
    for (const batch of archive.eventBatches(1000)) await createEvents({ inputs: batch, actor });

    // A probe that should tick every millisecond: the longest gap between ticks is the stall.
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 1);
    const searches: number[] = [];
    const backupChild = startScript('scripts/db-backup.ts', [temporaryDatabasePath()]);
    while (!backupChild.done) {
      const started = performance.now();
      await listEvents({ filters: { q: 'talks' }, limit: 50 });
      searches.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    clearInterval(probe);
    expect(await backupChild.exit).toBe(0);
    expect(db.$client.prepare('SELECT count(*) FROM events').pluck().get()).toBe(3000);
    searches.sort((x, y) => x - y);
    console.log(
      `event loop while ${searches.length} searches for a word in every event ran beside a backup: longest stall ${longest.toFixed(1)} ms over ${ticks} ticks; search median ${searches[Math.floor(searches.length / 2)].toFixed(1)} ms, max ${searches.at(-1)!.toFixed(1)} ms`,
    );
    expect(ticks).toBeGreaterThan(0);
    expect(searches.length).toBeGreaterThan(0);
  }, 120_000);
});
