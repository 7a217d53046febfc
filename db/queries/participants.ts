// The participant directory: people and parties in one list, filtered by name, party, role and
// event. Directories are small (hundreds of records), so the filters run over rows loaded once
// rather than as a SQL statement per combination.
import { and, asc, eq, exists, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParleyDb } from '../connection';
import type { AffiliationKind, PartyRole, PersonRole, Precision } from '../enums';
import { eventParties, eventPeople, events, parties } from '../schema';
import { getDb } from '../client';
import { listParties, listPeople, type PartyDTO, type PersonDTO } from './directory';
import { groupBy } from './event-dto';

/** The roles a reader filters the directory by; each is defined by the rules below. */
export const DIRECTORY_ROLES = ['head_of_delegation', 'mediator', 'envoy', 'official'] as const;
export type DirectoryRole = (typeof DIRECTORY_ROLES)[number];

export const DIRECTORY_SORTS = ['party', 'name'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export const DIRECTORY_SHOWS = ['all', 'people', 'parties'] as const;
export type DirectoryShow = (typeof DIRECTORY_SHOWS)[number];

/**
 * A person has a role when they took it at an event, held a title of one of its kinds, or (for
 * mediators) acted at an event for a party that mediated it; a party has it when it took one of
 * the matching event roles. Envoys and officials are people: no party matches them.
 */
const ROLE_RULES: Record<
  DirectoryRole,
  {
    personRoles: PersonRole[];
    affiliationKinds: AffiliationKind[];
    partyRoles: PartyRole[];
    actingForPartyRole?: PartyRole;
  }
> = {
  head_of_delegation: { personRoles: ['head_of_delegation'], affiliationKinds: [], partyRoles: ['delegation'] },
  mediator: {
    personRoles: ['mediator'],
    affiliationKinds: [],
    partyRoles: ['mediator'],
    actingForPartyRole: 'mediator',
  },
  envoy: { personRoles: ['envoy'], affiliationKinds: ['envoy'], partyRoles: [] },
  official: {
    personRoles: [],
    affiliationKinds: ['head_of_state', 'minister', 'official', 'adviser', 'local_official'],
    partyRoles: [],
  },
};

export type DirectoryFilters = {
  q?: string;
  party?: string;
  role?: DirectoryRole;
  event?: string;
  show?: DirectoryShow;
};

export type RoleCount<R> = { role: R; count: number };

export type PersonEntry = PersonDTO & {
  type: 'person';
  /** Roles taken at events, with how many events each, most frequent first. */
  roles: RoleCount<PersonRole>[];
  /** The roles taken at the event filtered by, when there is one. */
  rolesAtEvent: PersonRole[];
};

export type PartyEntry = PartyDTO & {
  type: 'party';
  roles: RoleCount<PartyRole>[];
  rolesAtEvent: PartyRole[];
  peopleCount: number;
};

export type DirectoryEntry = PersonEntry | PartyEntry;

export type EventChoice = {
  slug: string;
  title: string;
  startsAt: string;
  timeZone: string;
  precision: Precision;
  approximate: boolean;
};

/** Case and accent folded, so that "meheut" finds "Méheut" and "kyiv" finds "Kyiv". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function countRoles<R extends string>(rows: { eventId: number; role: R }[]): RoleCount<R>[] {
  const events = new Map<R, Set<number>>();
  for (const row of rows) {
    const set = events.get(row.role) ?? new Set<number>();
    set.add(row.eventId);
    events.set(row.role, set);
  }
  return [...events]
    .map(([role, set]) => ({ role, count: set.size }))
    .sort((a, b) => b.count - a.count || a.role.localeCompare(b.role));
}

function loadParticipation(db: ParleyDb) {
  const behalf = alias(parties, 'behalf');
  const personRows = db
    .select({
      personId: eventPeople.personId,
      eventId: eventPeople.eventId,
      eventSlug: events.slug,
      role: eventPeople.role,
      behalfSlug: behalf.slug,
    })
    .from(eventPeople)
    .innerJoin(events, and(eq(eventPeople.eventId, events.id), isNull(events.deletedAt)))
    .leftJoin(behalf, eq(eventPeople.onBehalfOfPartyId, behalf.id))
    .all();
  const partyRows = db
    .select({
      partyId: eventParties.partyId,
      partySlug: parties.slug,
      eventId: eventParties.eventId,
      eventSlug: events.slug,
      role: eventParties.role,
    })
    .from(eventParties)
    .innerJoin(events, and(eq(eventParties.eventId, events.id), isNull(events.deletedAt)))
    .innerJoin(parties, eq(eventParties.partyId, parties.id))
    .all();
  return { personRows, partyRows };
}

type Participation = ReturnType<typeof loadParticipation>;

/** What the name search and the role filter look for: the folded query, and the role's rule. */
function matchers(filters: DirectoryFilters) {
  return {
    q: filters.q ? foldForSearch(filters.q.trim()) : '',
    rule: filters.role ? ROLE_RULES[filters.role] : null,
  };
}

/** The people of the directory that match the filters, with the roles they took. */
function directoryPeople(
  allPeople: PersonDTO[],
  { personRows, partyRows }: Participation,
  filters: DirectoryFilters,
): PersonEntry[] {
  const rowsByPerson = groupBy(personRows, (row) => row.personId);
  const mediatorsByEvent = new Map<number, Set<string>>();
  for (const row of partyRows) {
    if (row.role !== 'mediator') continue;
    mediatorsByEvent.set(row.eventId, (mediatorsByEvent.get(row.eventId) ?? new Set()).add(row.partySlug));
  }
  const { q, rule } = matchers(filters);

  const people: PersonEntry[] = [];
  for (const person of allPeople) {
    const rows = rowsByPerson.get(person.id) ?? [];
    const rolesAtEvent = filters.event
      ? rows.filter((row) => row.eventSlug === filters.event).map((row) => row.role)
      : [];
    if (filters.event && rolesAtEvent.length === 0) continue;
    if (
      filters.party &&
      !person.affiliations.some((a) => a.partySlug === filters.party) &&
      !rows.some((row) => row.behalfSlug === filters.party)
    )
      continue;
    if (rule) {
      const matches =
        rows.some((row) => rule.personRoles.includes(row.role)) ||
        person.affiliations.some((a) => rule.affiliationKinds.includes(a.kind)) ||
        (rule.actingForPartyRole !== undefined &&
          rows.some(
            (row) =>
              row.role !== 'referenced' &&
              row.behalfSlug !== null &&
              mediatorsByEvent.get(row.eventId)?.has(row.behalfSlug),
          ));
      if (!matches) continue;
    }
    if (
      q &&
      !foldForSearch(
        [person.name, ...person.aliases, ...person.affiliations.flatMap((a) => [a.title, a.partyName])].join('\n'),
      ).includes(q)
    )
      continue;
    people.push({ ...person, type: 'person', roles: countRoles(rows), rolesAtEvent });
  }
  return people;
}

/** The parties of the directory that match the filters, with the roles they took and how many people hold their titles. */
function directoryParties(
  allParties: PartyDTO[],
  allPeople: PersonDTO[],
  { partyRows }: Participation,
  filters: DirectoryFilters,
): PartyEntry[] {
  const rowsByParty = groupBy(partyRows, (row) => row.partyId);
  const peopleByParty = new Map<string, number>();
  for (const person of allPeople) {
    for (const slug of new Set(person.affiliations.map((a) => a.partySlug)))
      peopleByParty.set(slug, (peopleByParty.get(slug) ?? 0) + 1);
  }
  const { q, rule } = matchers(filters);

  const partyEntries: PartyEntry[] = [];
  for (const party of allParties) {
    const rows = rowsByParty.get(party.id) ?? [];
    const rolesAtEvent = filters.event
      ? rows.filter((row) => row.eventSlug === filters.event).map((row) => row.role)
      : [];
    if (filters.event && rolesAtEvent.length === 0) continue;
    if (filters.party && party.slug !== filters.party) continue;
    if (rule && !rows.some((row) => rule.partyRoles.includes(row.role))) continue;
    if (q && !foldForSearch([party.name, party.shortName ?? '', ...party.aliases].join('\n')).includes(q)) continue;
    partyEntries.push({
      ...party,
      type: 'party',
      roles: countRoles(rows),
      rolesAtEvent,
      peopleCount: peopleByParty.get(party.slug) ?? 0,
    });
  }
  return partyEntries;
}

/**
 * Every live person and party that matches all the filters given. People come in sort-name
 * order and parties in name order; the page groups or interleaves them.
 */
export async function listDirectory({
  filters = {},
  db = getDb(),
}: { filters?: DirectoryFilters; db?: ParleyDb } = {}): Promise<{
  people: PersonEntry[];
  parties: PartyEntry[];
}> {
  const [allPeople, allParties] = await Promise.all([listPeople({ db }), listParties({ db })]);
  const participation = loadParticipation(db);
  return {
    people: filters.show !== 'parties' ? directoryPeople(allPeople, participation, filters) : [],
    parties: filters.show !== 'people' ? directoryParties(allParties, allPeople, participation, filters) : [],
  };
}

/** The live events anyone took part in, in time order: the choices of the directory's event filter. */
export async function listEventChoices({ db = getDb() }: { db?: ParleyDb } = {}): Promise<EventChoice[]> {
  return db
    .select({
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      precision: events.precision,
      approximate: events.approximate,
    })
    .from(events)
    .where(
      and(
        isNull(events.deletedAt),
        or(
          exists(db.select({ id: eventPeople.eventId }).from(eventPeople).where(eq(eventPeople.eventId, events.id))),
          exists(db.select({ id: eventParties.eventId }).from(eventParties).where(eq(eventParties.eventId, events.id))),
        ),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .all();
}
