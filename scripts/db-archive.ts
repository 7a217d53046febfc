// `npm run db:archive -- --events 100000 --out /tmp/archive.db`: a generated archive in a NEW
// database file (it refuses to write into one that holds data), for benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { createAnalyses } from '@/db/queries/claim-writes';
import { createEvents } from '@/db/queries/event-writes';
import { createLocation, createParty, createPerson, createSource, createTopic } from '@/db/queries/record-writes';
import type { Actor } from '@/db/queries/revisions';
import { generateArchive } from '@/db/seed/archive';
import { runCli } from './cli';

runCli(async () => {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, out: { type: 'string' }, seed: { type: 'string', default: '20250323' } } });
  const count = Number(values.events);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--events must be a positive whole number, not "${values.events}"`);
  if (!values.out) throw new Error('--out FILE is required: the archive is written to a new database file, never to yours');
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.statSync(out).size > 0) throw new Error(`${out} already exists; choose a new file`);

  const started = Date.now();
  const db = openDatabase(out);
  const actor: Actor = { id: null, name: 'Archive generator' };
  const archive = generateArchive({ events: count, seed: Number(values.seed) });
  for (const input of archive.parties) await createParty({ input, actor, db });
  for (const input of archive.topics) await createTopic({ input, actor, db });
  for (const input of archive.locations) await createLocation({ input, actor, db });
  for (const input of archive.sources) await createSource({ input, actor, db });
  for (const input of archive.people) await createPerson({ input, actor, db });
  let done = 0;
  for (const batch of archive.eventBatches(5000)) {
    await createEvents({ inputs: batch, actor, db });
    await createAnalyses({ ...archive.analysisFor(batch), actor, db });
    done += batch.length;
    process.stdout.write(`\r${done} / ${count} events`);
  }
  db.$client.pragma('optimize');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nWrote ${count} events to ${out} in ${seconds} s (${(fs.statSync(out).size / 1048576).toFixed(1)} MiB)`);
});
