// Loads the seed article through the same writes the forms use, so seeded records have the
// same invariants and revisions as any other.
import { sql } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { createAnalysis } from '../queries/claim-writes';
import { createCommitment } from '../queries/commitment-writes';
import { createEvent, getEventSnapshot } from '../queries/event-writes';
import { idForKey } from '../queries/references';
import { saveSessionOutcomes } from '../queries/session-outcomes';
import {
  createLocation,
  createParty,
  createPerson,
  createPosition,
  createSource,
  createTopic,
} from '../queries/record-writes';
import { SYSTEM_ACTOR } from '../queries/revisions';
import * as article from './riyadh-2025';

export function isDatabaseEmpty(db: ParleyDb): boolean {
  const row = db.get<{ n: number }>(sql`SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM parties) AS n`);
  return row.n === 0;
}

export async function seedDatabase(db: ParleyDb): Promise<void> {
  const actor = SYSTEM_ACTOR;
  for (const input of article.sources) await createSource({ input, actor, db });
  for (const input of article.parties) await createParty({ input, actor, db });
  for (const input of article.topics) await createTopic({ input, actor, db });
  for (const input of article.locations) await createLocation({ input, actor, db });
  for (const input of article.people) await createPerson({ input, actor, db });
  for (const input of article.events) await createEvent({ input, actor, db });
  for (const input of article.positions) await createPosition({ input, actor, db });
  for (const input of article.claims) await createAnalysis('claim', { input, actor, db });
  for (const input of article.commitments) await createCommitment({ input, actor, db });
  for (const { event, outcomes } of article.sessionOutcomes) {
    const eventId = (await idForKey({ table: 'events', key: event, db }))!;
    await saveSessionOutcomes({
      eventId,
      version: (await getEventSnapshot({ id: eventId, db }))!.version,
      outcomes,
      actor,
      db,
    });
  }
}
