// A session's outcomes besides its commitments: "no agreement announced", or "talks to continue"
// with the scheduled follow-up session. Saving them is a new version of the session, its
// revision showing the outcomes before and after beside the rest of the event.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type { Precision, SessionOutcomeKind } from '../enums';
import { events, sessionOutcomes } from '../schema';
import { getDb } from '../client';
import { eventSnapshot } from './event-writes';
import { optionalIdForSlug } from './references';
import type { Actor } from './revisions';
import { reindexEvent } from './search-index';
import { updateVersioned } from './versioned-writes';

export type SessionOutcomeInput = { kind: SessionOutcomeKind; followUp?: string | null; note?: string };

export type SessionOutcomeDTO = {
  kind: SessionOutcomeKind;
  followUp: { slug: string; title: string; startsAt: string; timeZone: string; precision: Precision } | null;
  note: string;
};

function outcomeInputs(tx: ParleyTx, eventId: number): Required<SessionOutcomeInput>[] {
  return tx
    .select({ kind: sessionOutcomes.kind, followUp: events.slug, note: sessionOutcomes.note })
    .from(sessionOutcomes)
    .leftJoin(events, eq(sessionOutcomes.followUpEventId, events.id))
    .where(eq(sessionOutcomes.eventId, eventId))
    .orderBy(asc(sessionOutcomes.kind))
    .all();
}

const versionedSession = {
  table: events,
  entityType: 'event' as const,
  snapshot: (tx: ParleyTx, id: number) => ({ ...eventSnapshot(tx, id), outcomes: outcomeInputs(tx, id) }),
  afterChange: reindexEvent,
};

/** Replaces a session's outcomes if it is still at `version`; one of each kind. */
export async function saveSessionOutcomes({
  eventId,
  version,
  outcomes,
  actor,
  db = getDb(),
}: {
  eventId: number;
  version: number;
  outcomes: readonly SessionOutcomeInput[];
  actor: Actor;
  db?: ParleyDb;
}): Promise<void> {
  writeTransaction(db, (tx) => {
    updateVersioned(tx, versionedSession, {
      id: eventId,
      version,
      actor,
      write: () => {
        tx.delete(sessionOutcomes).where(eq(sessionOutcomes.eventId, eventId)).run();
        const rows = outcomes.map((outcome, i) => ({
          eventId,
          kind: outcome.kind,
          followUpEventId: optionalIdForSlug(tx, 'events', `outcomes.${i}.followUp`, outcome.followUp),
          note: outcome.note ?? '',
        }));
        if (rows.length) tx.insert(sessionOutcomes).values(rows).run();
      },
    });
  });
}

/** A session's outcomes, each follow-up with its time, for the session's page. */
export async function outcomesOfEvent({
  eventId,
  db = getDb(),
}: {
  eventId: number;
  db?: ParleyDb;
}): Promise<SessionOutcomeDTO[]> {
  return db
    .select({
      kind: sessionOutcomes.kind,
      note: sessionOutcomes.note,
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      precision: events.precision,
    })
    .from(sessionOutcomes)
    .leftJoin(events, and(eq(sessionOutcomes.followUpEventId, events.id), isNull(events.deletedAt)))
    .where(eq(sessionOutcomes.eventId, eventId))
    .orderBy(asc(sessionOutcomes.kind))
    .all()
    .map(({ kind, note, slug, title, startsAt, timeZone, precision }) => ({
      kind,
      note,
      followUp:
        slug && title && startsAt && timeZone && precision ? { slug, title, startsAt, timeZone, precision } : null,
    }));
}
