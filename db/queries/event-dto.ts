// The JSON-safe shapes in which events leave the data layer, and the batch loader that fills
// them: one query per kind of join for a whole page, never one per row.
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { affiliationOn } from '../affiliation-at';
import type { ParleyDb, ParleyTx } from '../connection';
import type {
  Attribution,
  Confidence,
  DurationBound,
  EventKind,
  EventStatus,
  PartyRole,
  PersonRole,
  Precision,
  Reliability,
} from '../enums';
import { PARTY_ROLES, PERSON_ROLES } from '../enums';
import {
  affiliations,
  citations,
  eventParties,
  eventPeople,
  eventTopics,
  locations,
  parties,
  people,
  sources,
  topics,
  type Event,
} from '../schema';

/** The columns of a source as events and claims cite it. */
export const SOURCE_REF_COLUMNS = {
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  publishedOn: sources.publishedOn,
  reliability: sources.reliability,
};

export type LocationDTO = {
  slug: string;
  name: string;
  city: string | null;
  country: string;
  countryCode: string;
  /** The country as a party (a state), when the location names one. */
  countryParty: { slug: string; name: string } | null;
  timeZone: string;
  latitude: number | null;
  longitude: number | null;
};

/** Locations as events and the directory show them, with their country party, in name order. */
export function loadLocations(
  db: ParleyDb | ParleyTx,
  where: SQL | undefined,
): (LocationDTO & { id: number; version: number })[] {
  const country = alias(parties, 'country');
  return db
    .select({ location: locations, countrySlug: country.slug, countryName: country.name })
    .from(locations)
    .leftJoin(country, eq(locations.countryPartyId, country.id))
    .where(where)
    .orderBy(asc(locations.name))
    .all()
    .map(({ location: l, countrySlug, countryName }) => ({
      id: l.id,
      slug: l.slug,
      name: l.name,
      city: l.city,
      country: l.country,
      countryCode: l.countryCode,
      countryParty: countrySlug && countryName ? { slug: countrySlug, name: countryName } : null,
      timeZone: l.timeZone,
      latitude: l.latitude,
      longitude: l.longitude,
      version: l.version,
    }));
}

export type SourceRefDTO = {
  slug: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  reliability: Reliability;
};

export type CitationDTO = {
  id: number;
  excerpt: string;
  attribution: Attribution;
  attributedTo: { slug: string; name: string } | null;
  confidence: Confidence;
  note: string;
  source: SourceRefDTO;
};

export type EventPartyDTO = { slug: string; name: string; role: PartyRole };
export type EventPersonDTO = {
  slug: string;
  name: string;
  role: PersonRole;
  /** The title held on the day of the event, not today's. */
  title: string | null;
  party: { slug: string; name: string } | null;
};

export type EventDTO = {
  id: number;
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  startsAt: string;
  startsUpper: string;
  endsAt: string | null;
  /** The first calendar day (YYYY-MM-DD) in the event's zone. */
  localDate: string;
  /** With an end: the last calendar day it covers in its zone, inclusive. */
  localEndDate: string | null;
  timeZone: string;
  precision: Precision;
  approximate: boolean;
  endApproximate: boolean;
  /** Without an end: how long it lasted, as the source says, read through `durationBound`. */
  durationMinutes: number | null;
  durationBound: DurationBound;
  status: EventStatus;
  location: LocationDTO | null;
  parties: EventPartyDTO[];
  people: EventPersonDTO[];
  topics: { slug: string; name: string }[];
  citations: CitationDTO[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

const partyRoleOrder = new Map(PARTY_ROLES.map((role, index) => [role, index]));
const personRoleOrder = new Map(PERSON_ROLES.map((role, index) => [role, index]));

export function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Citations whose subject (or attributed speaker) is one of `ids`, with their sources. */
export function loadCitations(
  db: ParleyDb | ParleyTx,
  by: 'eventId' | 'positionId' | 'affiliationId' | 'statusChangeId' | 'attributedPersonId',
  ids: number[],
) {
  const attributed = alias(people, 'attributed');
  if (ids.length === 0) return [];
  return db
    .select({
      id: citations.id,
      eventId: citations.eventId,
      positionId: citations.positionId,
      affiliationId: citations.affiliationId,
      statusChangeId: citations.statusChangeId,
      excerpt: citations.excerpt,
      attribution: citations.attribution,
      confidence: citations.confidence,
      note: citations.note,
      attributedSlug: attributed.slug,
      attributedName: attributed.name,
      source: SOURCE_REF_COLUMNS,
    })
    .from(citations)
    .innerJoin(sources, and(eq(citations.sourceId, sources.id), isNull(sources.deletedAt)))
    .leftJoin(attributed, eq(citations.attributedPersonId, attributed.id))
    .where(inArray(citations[by], ids))
    .orderBy(asc(citations.id))
    .all();
}

export function toCitationDTO(row: ReturnType<typeof loadCitations>[number]): CitationDTO {
  return {
    id: row.id,
    excerpt: row.excerpt,
    attribution: row.attribution,
    attributedTo:
      row.attributedSlug && row.attributedName ? { slug: row.attributedSlug, name: row.attributedName } : null,
    confidence: row.confidence,
    note: row.note,
    source: row.source,
  };
}

type Db = ParleyDb | ParleyTx;

/** The parties at each of `eventIds`, in role order, then by name. */
function loadEventParties(db: Db, eventIds: number[]): Map<number, EventPartyDTO[]> {
  const rows = db
    .select({ eventId: eventParties.eventId, slug: parties.slug, name: parties.name, role: eventParties.role })
    .from(eventParties)
    .innerJoin(parties, eq(eventParties.partyId, parties.id))
    .where(inArray(eventParties.eventId, eventIds))
    .all();
  const byEvent = new Map<number, EventPartyDTO[]>();
  for (const [eventId, group] of groupBy(rows, (row) => row.eventId)) {
    const list = group
      .map(({ slug, name, role }) => ({ slug, name, role }))
      .sort((a, b) => partyRoleOrder.get(a.role)! - partyRoleOrder.get(b.role)! || a.name.localeCompare(b.name));
    byEvent.set(eventId, list);
  }
  return byEvent;
}

/** The affiliations (titles) of `personIds`, by person, to read the title each held on a given day. */
function loadAffiliations(db: Db, personIds: number[]) {
  const rows = personIds.length
    ? db
        .select({
          personId: affiliations.personId,
          title: affiliations.title,
          validFrom: affiliations.validFrom,
          validTo: affiliations.validTo,
          partySlug: parties.slug,
          partyName: parties.name,
        })
        .from(affiliations)
        .innerJoin(parties, eq(affiliations.partyId, parties.id))
        .where(and(inArray(affiliations.personId, personIds), isNull(affiliations.deletedAt)))
        .all()
    : [];
  return groupBy(rows, (row) => row.personId);
}

/**
 * The people at each of `eventIds`: a lookup from an event and its first local day to its people,
 * in role order, then by sort name, each with the title held that day (for whom they acted, if set).
 */
function loadEventPeople(db: Db, eventIds: number[]): (eventId: number, day: string) => EventPersonDTO[] {
  const behalf = alias(parties, 'behalf');
  const rows = db
    .select({
      eventId: eventPeople.eventId,
      personId: people.id,
      slug: people.slug,
      name: people.name,
      sortName: people.sortName,
      role: eventPeople.role,
      behalfSlug: behalf.slug,
    })
    .from(eventPeople)
    .innerJoin(people, eq(eventPeople.personId, people.id))
    .leftJoin(behalf, eq(eventPeople.onBehalfOfPartyId, behalf.id))
    .where(inArray(eventPeople.eventId, eventIds))
    .all();
  const affiliationsByPerson = loadAffiliations(db, [...new Set(rows.map((row) => row.personId))]);
  const byEvent = groupBy(rows, (row) => row.eventId);
  return (eventId, day) =>
    (byEvent.get(eventId) ?? [])
      .sort(
        (a, b) => personRoleOrder.get(a.role)! - personRoleOrder.get(b.role)! || a.sortName.localeCompare(b.sortName),
      )
      .map((person) => {
        const held = affiliationOn(affiliationsByPerson.get(person.personId) ?? [], day, person.behalfSlug);
        return {
          slug: person.slug,
          name: person.name,
          role: person.role,
          title: held?.title ?? null,
          party: held ? { slug: held.partySlug, name: held.partyName } : null,
        };
      });
}

/** The topics of each of `eventIds`, by name. */
function loadEventTopics(db: Db, eventIds: number[]): Map<number, { slug: string; name: string }[]> {
  const rows = db
    .select({ eventId: eventTopics.eventId, slug: topics.slug, name: topics.name })
    .from(eventTopics)
    .innerJoin(topics, eq(eventTopics.topicId, topics.id))
    .where(inArray(eventTopics.eventId, eventIds))
    .orderBy(asc(topics.name))
    .all();
  const byEvent = new Map<number, { slug: string; name: string }[]>();
  for (const [eventId, group] of groupBy(rows, (row) => row.eventId)) {
    byEvent.set(
      eventId,
      group.map(({ slug, name }) => ({ slug, name })),
    );
  }
  return byEvent;
}

/** Fills a page of event rows with their location, participants, topics and citations. */
export function hydrateEvents(db: Db, rows: Event[]): EventDTO[] {
  if (rows.length === 0) return [];
  const eventIds = rows.map((row) => row.id);
  const locationIds = [...new Set(rows.map((row) => row.locationId).filter((id): id is number => id !== null))];

  const locationRows = locationIds.length ? loadLocations(db, inArray(locations.id, locationIds)) : [];
  const locationById = new Map(locationRows.map(({ id, version: _version, ...location }) => [id, location]));
  const partiesByEvent = loadEventParties(db, eventIds);
  const peopleAt = loadEventPeople(db, eventIds);
  const topicsByEvent = loadEventTopics(db, eventIds);
  const citationsByEvent = groupBy(loadCitations(db, 'eventId', eventIds), (row) => row.eventId ?? 0);

  return rows.map((row) => {
    const location = row.locationId ? locationById.get(row.locationId) : undefined;
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      startsAt: row.startsAt,
      startsUpper: row.startsUpper,
      endsAt: row.endsAt,
      localDate: row.localStartDay,
      localEndDate: row.endsAt ? row.localEndDay : null,
      timeZone: row.timeZone,
      precision: row.precision,
      approximate: row.approximate,
      endApproximate: row.endApproximate,
      durationMinutes: row.durationMinutes,
      durationBound: row.durationBound,
      status: row.status,
      location: location ?? null,
      parties: partiesByEvent.get(row.id) ?? [],
      people: peopleAt(row.id, row.localStartDay),
      topics: topicsByEvent.get(row.id) ?? [],
      citations: (citationsByEvent.get(row.id) ?? []).map(toCitationDTO),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}
