// One person with everything around them: affiliations over time, the events they took part in
// with the title they held then, and the statements attributed to them.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import type { EventKind, EventStatus, PersonRole, Precision } from '../enums';
import { affiliations, eventStatusChanges, events, parties, people, positions, topics } from '../schema';
import { getDb } from '../client';
import { today } from '../calendar';
import { currentAffiliation, loadAffiliations, type AffiliationDTO } from './directory';
import { groupBy, loadCitations, toCitationDTO, type CitationDTO, type EventDTO } from './event-dto';
import { listEvents } from './events';

export type AffiliationDetailDTO = AffiliationDTO & { citations: CitationDTO[] };

export type PersonDetailDTO = {
  id: number;
  slug: string;
  name: string;
  sortName: string;
  aliases: string[];
  description: string;
  current: AffiliationDTO | null;
  /** Latest begun first; undated spans last. */
  affiliations: AffiliationDetailDTO[];
  version: number;
};

/** An event in a participant's compact timeline: when, what, and the parts they played. */
export type ParticipationDTO = {
  event: Pick<
    EventDTO,
    'slug' | 'title' | 'kind' | 'status' | 'startsAt' | 'endsAt' | 'timeZone' | 'precision' | 'approximate'
  > & { place: string | null };
  roles: { role: PersonRole; title: string | null; party: { slug: string; name: string } | null }[];
};

/** What a statement attributed to someone is recorded as supporting. */
export type StatementSubject =
  | {
      type: 'event';
      slug: string;
      title: string;
      startsAt: string;
      timeZone: string;
      precision: Precision;
      approximate: boolean;
      kind: EventKind;
    }
  | { type: 'status'; status: EventStatus; event: { slug: string; title: string } }
  | {
      type: 'position';
      party: { slug: string; name: string };
      topic: { slug: string; name: string };
      stance: string;
      statedOn: string;
    }
  | {
      type: 'affiliation';
      person: { slug: string; name: string };
      title: string;
      party: { slug: string; name: string };
    };

export type StatementDTO = CitationDTO & { subject: StatementSubject };

/** How many events a participant's page lists before pointing to the filtered timeline. */
export const PARTICIPATION_LIMIT = 100;

export async function getPerson({
  slug,
  db = getDb(),
}: {
  slug: string;
  db?: ParleyDb;
}): Promise<PersonDetailDTO | null> {
  const row = db
    .select()
    .from(people)
    .where(and(eq(people.slug, slug), isNull(people.deletedAt)))
    .get();
  if (!row) return null;
  const spans = loadAffiliations(db, [row.id]).get(row.id) ?? [];
  const citations = groupBy(
    loadCitations(
      db,
      'affiliationId',
      spans.map((s) => s.id),
    ),
    (c) => c.affiliationId ?? 0,
  );
  const newestFirst = [...spans].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || b.id - a.id);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    sortName: row.sortName,
    aliases: row.aliases,
    description: row.description,
    current: currentAffiliation(spans, today()),
    affiliations: newestFirst.map((span) => ({
      ...span,
      citations: (citations.get(span.id) ?? []).map(toCitationDTO),
    })),
    version: row.version,
  };
}

/** The few facts of an event that a participant's compact timeline shows. */
export function participationEvent(event: EventDTO): ParticipationDTO['event'] {
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    status: event.status,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    precision: event.precision,
    approximate: event.approximate,
    place: event.location ? event.location.name : null,
  };
}

/** The person's events in time order, each with their roles and the title held that day. */
export async function listPersonEvents({
  slug,
  asOf,
  db = getDb(),
}: {
  slug: string;
  asOf?: string;
  db?: ParleyDb;
}): Promise<{ items: ParticipationDTO[]; more: boolean }> {
  const page = await listEvents({ filters: { person: [slug], asOf }, limit: PARTICIPATION_LIMIT, db });
  return {
    items: page.items.map((event) => ({
      event: participationEvent(event),
      roles: event.people.filter((p) => p.slug === slug).map(({ role, title, party }) => ({ role, title, party })),
    })),
    more: page.nextCursor !== null,
  };
}

type CitationRow = ReturnType<typeof loadCitations>[number];

const ids = (values: (number | null)[]) => values.filter((id): id is number => id !== null);

/** The records the citations support, each looked up once by id. */
function loadSubjects(db: ParleyDb, rows: CitationRow[]) {
  const changeIds = ids(rows.map((r) => r.statusChangeId));
  const changes = changeIds.length
    ? db
        .select({ id: eventStatusChanges.id, status: eventStatusChanges.status, eventId: eventStatusChanges.eventId })
        .from(eventStatusChanges)
        .where(inArray(eventStatusChanges.id, changeIds))
        .all()
    : [];
  const eventIds = ids([...rows.map((r) => r.eventId), ...changes.map((c) => c.eventId)]);
  const eventRows = eventIds.length
    ? db
        .select({
          id: events.id,
          slug: events.slug,
          title: events.title,
          kind: events.kind,
          startsAt: events.startsAt,
          timeZone: events.timeZone,
          precision: events.precision,
          approximate: events.approximate,
        })
        .from(events)
        .where(and(inArray(events.id, eventIds), isNull(events.deletedAt)))
        .all()
    : [];
  const positionIds = ids(rows.map((r) => r.positionId));
  const positionRows = positionIds.length
    ? db
        .select({
          id: positions.id,
          stance: positions.stance,
          statedOn: positions.statedOn,
          partySlug: parties.slug,
          partyName: parties.name,
          topicSlug: topics.slug,
          topicName: topics.name,
        })
        .from(positions)
        .innerJoin(parties, eq(positions.partyId, parties.id))
        .innerJoin(topics, eq(positions.topicId, topics.id))
        .where(and(inArray(positions.id, positionIds), isNull(positions.deletedAt)))
        .orderBy(asc(positions.statedOn))
        .all()
    : [];
  const affiliationIds = ids(rows.map((r) => r.affiliationId));
  const affiliationRows = affiliationIds.length
    ? db
        .select({
          id: affiliations.id,
          title: affiliations.title,
          personSlug: people.slug,
          personName: people.name,
          partySlug: parties.slug,
          partyName: parties.name,
        })
        .from(affiliations)
        .innerJoin(people, eq(affiliations.personId, people.id))
        .innerJoin(parties, eq(affiliations.partyId, parties.id))
        .where(and(inArray(affiliations.id, affiliationIds), isNull(affiliations.deletedAt), isNull(people.deletedAt)))
        .all()
    : [];
  return {
    affiliations: new Map(affiliationRows.map((a) => [a.id, a])),
    events: new Map(eventRows.map((e) => [e.id, e])),
    changes: new Map(changes.map((c) => [c.id, c])),
    positions: new Map(positionRows.map((p) => [p.id, p])),
  };
}

type Subjects = ReturnType<typeof loadSubjects>;

/** What one citation supports and the date it sorts by, or null where that record is gone. */
function subjectOf(row: CitationRow, subjects: Subjects): { when: string; subject: StatementDTO['subject'] } | null {
  if (row.eventId !== null) {
    const event = subjects.events.get(row.eventId);
    if (!event) return null;
    const { id: _, ...subject } = event;
    return { when: event.startsAt, subject: { type: 'event', ...subject } };
  }
  if (row.statusChangeId !== null) {
    const change = subjects.changes.get(row.statusChangeId);
    const event = change && subjects.events.get(change.eventId);
    if (!change || !event) return null;
    return {
      when: event.startsAt,
      subject: { type: 'status', status: change.status, event: { slug: event.slug, title: event.title } },
    };
  }
  if (row.positionId !== null) {
    const position = subjects.positions.get(row.positionId);
    if (!position) return null;
    const { partySlug, partyName, topicSlug, topicName, stance, statedOn } = position;
    const party = { slug: partySlug, name: partyName };
    return {
      when: statedOn,
      subject: { type: 'position', party, topic: { slug: topicSlug, name: topicName }, stance, statedOn },
    };
  }
  const affiliation = row.affiliationId === null ? undefined : subjects.affiliations.get(row.affiliationId);
  if (!affiliation) return null;
  const person = { slug: affiliation.personSlug, name: affiliation.personName };
  const party = { slug: affiliation.partySlug, name: affiliation.partyName };
  return { when: '', subject: { type: 'affiliation', person, title: affiliation.title, party } };
}

/** Every excerpt attributed to the person, with what it supports, the oldest subject first. */
export async function listStatements({
  personId,
  db = getDb(),
}: {
  personId: number;
  db?: ParleyDb;
}): Promise<StatementDTO[]> {
  const rows = loadCitations(db, 'attributedPersonId', [personId]);
  const subjects = loadSubjects(db, rows);
  const statements: { when: string; statement: StatementDTO }[] = [];
  for (const row of rows) {
    const found = subjectOf(row, subjects);
    if (found) statements.push({ when: found.when, statement: { ...toCitationDTO(row), subject: found.subject } });
  }
  return statements
    .sort((a, b) => a.when.localeCompare(b.when) || a.statement.id - b.statement.id)
    .map((s) => s.statement);
}
