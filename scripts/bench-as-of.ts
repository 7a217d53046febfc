// `npm run bench:as-of -- --archive FILE`: how fast the timeline's list reads are as of now
// (through the history) beside the same reads of today's rows, in one process on one archive
// (made by `npm run db:archive -- --revisions 5`), so the ratio is measured side by side.
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { decodeCursor } from '@/db/cursor';
import { listEvents, type EventFilters } from '@/db/queries/events';
import { runCli } from './cli';

const READS: [string, EventFilters][] = [
  ['first page, no filter', {}],
  ['party', { party: ['united-states'] }],
  ['party and topic', { party: ['united-states'], topic: ['ceasefire'] }],
  ['two months', { from: '2020-01-01', to: '2020-03-01' }],
];

/** Reads per second of `read`, over `seconds`, after a short warm-up. */
async function rate(read: () => Promise<unknown>, seconds: number): Promise<number> {
  for (let i = 0; i < 20; i++) await read();
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < seconds * 1000) {
    await read();
    done++;
  }
  return done / ((performance.now() - started) / 1000);
}

runCli(async () => {
  const { values } = parseArgs({ options: { archive: { type: 'string' }, seconds: { type: 'string', default: '3' } } });
  if (!values.archive)
    throw new Error('--archive FILE is required (npm run db:archive -- --events 100000 --revisions 5 --out FILE)');
  const db = openDatabase(values.archive, { readonly: true, migrate: false });
  const asOf = new Date().toISOString();
  const middle = await listEvents({ limit: 1, db, cursor: null, filters: { from: '2022-01-01' } });
  const deep = middle.nextCursor ? decodeCursor(middle.nextCursor) : null;
  const rows: { read: string; today: number; asOf: number; ratio: number }[] = [];
  for (const [name, filters] of [...READS, ['deep page', {}] as [string, EventFilters]]) {
    const cursor = name === 'deep page' ? deep : null;
    const today = await rate(() => listEvents({ filters, cursor, db }), Number(values.seconds));
    const then = await rate(() => listEvents({ filters: { ...filters, asOf }, cursor, db }), Number(values.seconds));
    rows.push({
      read: name,
      today: Math.round(today),
      asOf: Math.round(then),
      ratio: Math.round((then / today) * 100) / 100,
    });
  }
  console.table(rows);
});
