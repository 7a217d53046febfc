// A separate process that writes to a database file through the real query layer and says
// "ack <what>" on stdout after each committed write, for crash and concurrency tests.
//   mode=edits:  creates one event, then updates it again and again (PARLEY_OPS times)
//   mode=bulk:   creates PARLEY_OPS events in one all-or-nothing transaction
//   mode=shared: edits the shared events named in PARLEY_SHARED with the version check, retrying
//                on conflict, and creates its own events in between
//   mode=one:    creates one event, PARLEY_SLUG titled PARLEY_TITLE, on the instant PARLEY_STARTS
import { openDatabase } from '@/db/connection';
import { VersionConflictError } from '@/db/errors';
import { createEvent, createEvents, updateEvent, type EventInput } from '@/db/queries/event-writes';
import { getEvent } from '@/db/queries/events';

const db = openDatabase(process.env.DATABASE_PATH!);
const name = process.env.PARLEY_WRITER ?? 'writer';
const ops = Number(process.env.PARLEY_OPS ?? 100);
const actor = { id: null, name };

function input(title: string, summary = ''): EventInput {
  return {
    kind: 'statement',
    title,
    summary,
    startsAt: '2025-03-23T12:00:00.000Z',
    timeZone: 'UTC',
    precision: 'minute',
    status: 'occurred',
    parties: [{ party: 'ukraine', role: 'party' }],
  };
}

async function main() {
  const mode = process.env.PARLEY_MODE;
  if (mode === 'bulk') {
    console.log('started');
    const ids = await createEvents({
      inputs: Array.from({ length: ops }, (_, i) => ({ ...input(`${name} bulk ${i}`), slug: `${name}-bulk-${i}` })),
      actor,
      db,
    });
    console.log(`ack bulk ${ids.length}`);
    return;
  }
  if (mode === 'one') {
    const event = await createEvent({
      input: {
        ...input(process.env.PARLEY_TITLE!),
        startsAt: process.env.PARLEY_STARTS!,
        slug: process.env.PARLEY_SLUG!,
      },
      actor,
      db,
    });
    console.log(`ack create ${event.id}`);
    return;
  }
  if (mode === 'edits') {
    const event = await createEvent({ input: { ...input(`${name} stream`), slug: `${name}-stream` }, actor, db });
    console.log(`ack create ${event.id}`);
    let version = event.version;
    for (let i = 1; i <= ops; i++) {
      const saved = await updateEvent({
        id: event.id,
        version,
        input: input(`${name} stream`, `edit ${i}`),
        actor,
        db,
      });
      version = saved.version;
      console.log(`ack edit ${i}`);
    }
    return;
  }
  if (mode === 'shared') {
    const shared = (process.env.PARLEY_SHARED ?? '').split(',').filter(Boolean);
    let created = 0;
    let edits = 0;
    let conflicts = 0;
    for (let i = 0; i < ops; i++) {
      if (i % 2 === 0) {
        await createEvent({ input: { ...input(`${name} own ${i}`), slug: `${name}-own-${i}` }, actor, db });
        created++;
        continue;
      }
      const slug = shared[i % shared.length];
      for (;;) {
        const current = (await getEvent({ key: slug, db }))!;
        try {
          await updateEvent({
            id: current.id,
            version: current.version,
            input: input(current.title, `${current.summary}|${name}:${i}`),
            actor,
            db,
          });
          edits++;
          break;
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
          conflicts++;
        }
      }
    }
    console.log(`done ${JSON.stringify({ created, edits, conflicts })}`);
  }
}

main().catch((error) => {
  console.log(`error ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`);
  process.exit(1);
});
