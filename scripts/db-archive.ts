// `npm run db:archive -- --events 100000 --out /tmp/archive.db`: a generated archive in a NEW
// database file (it refuses to write into one that holds data), for benchmarks. With
// `--revisions N` each event is saved N times in all (its summary amended), so reads as of an
// earlier moment meet the history of a corrected archive.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyses } from '@/db/queries/claim-writes';
import { openDatabase, writeTransaction } from '@/db/connection';
import { createEvents, replaceEvent, type EventInput, type EventPart } from '@/db/queries/event-writes';
import { createLocation, createParty, createPerson, createSource, createTopic } from '@/db/queries/record-writes';
import type { Actor } from '@/db/queries/revisions';
import { generateArchive } from '@/db/seed/archive';
import { runCli } from './cli';

/** What a correction changes: the summary; every list stays as stored. */
const KEPT_PARTS: EventPart[] = ['parties', 'people', 'topics', 'citations', 'relations', 'statusHistory'];
const amended = (input: EventInput, version: number): EventInput => ({
  ...input,
  summary: `${input.summary ?? ''} (correction ${version})`,
});

runCli(async () => {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '100000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '20250323' },
      revisions: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.events);
  const revisions = Number(values.revisions);
  if (!Number.isInteger(revisions) || revisions < 1)
    throw new Error(`--revisions must be a positive whole number, not "${values.revisions}"`);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--events must be a positive whole number, not "${values.events}"`);
  if (!values.out)
    throw new Error('--out FILE is required: the archive is written to a new database file, never to yours');
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
    const ids = await createEvents({ inputs: batch, actor, db });
    await createAnalyses({ ...archive.analysisFor(batch), actor, db });
    for (let version = 1; version < revisions; version++) {
      writeTransaction(db, (tx) =>
        batch.forEach((input, i) =>
          replaceEvent(tx, { id: ids[i], version, input: amended(input, version), keep: KEPT_PARTS, actor }),
        ),
      );
    }
    done += batch.length;
    process.stdout.write(`\r${done} / ${count} events`);
  }
  db.$client.pragma('optimize');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nWrote ${count} events to ${out} in ${seconds} s (${(fs.statSync(out).size / 1048576).toFixed(1)} MiB)`,
  );
});
