// One party with everything around it: its people and their titles, and the events it took
// part in with its roles and the people who acted for it there.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { isHeldOn } from '../affiliation-at';
import type { ParleyDb } from '../connection';
import type { AffiliationKind, PartyKind, PartyRole, PersonRole } from '../enums';
import { affiliations, eventRelations, events, people, parties } from '../schema';
import { getDb } from '../client';
import { today } from '../calendar';
import { groupBy } from './event-dto';
import { listEvents } from './events';
import { PARTICIPATION_LIMIT, participationEvent, type ParticipationDTO } from './people';

export type PartyMemberDTO = {
  person: { slug: string; name: string; sortName: string };
  title: string;
  kind: AffiliationKind;
  validFrom: string | null;
  validTo: string | null;
  /** Held today (or open-ended). */
  current: boolean;
};

export type PartyDetailDTO = {
  id: number;
  slug: string;
  name: string;
  shortName: string | null;
  kind: PartyKind;
  countryCode: string | null;
  aliases: string[];
  description: string;
  /** Current titles first, then past ones; each by the person's sort name. */
  members: PartyMemberDTO[];
  version: number;
};

export type PartyEventDTO = {
  event: ParticipationDTO['event'];
  partyRoles: PartyRole[];
  /** The rounds of talks (or other events) this event is part of. */
  partOf: { slug: string; title: string }[];
  /** The people who acted for the party at the event, with the title each held that day. */
  people: { slug: string; name: string; role: PersonRole; title: string | null }[];
};

export async function getParty({
  slug,
  db = getDb(),
}: {
  slug: string;
  db?: ParleyDb;
}): Promise<PartyDetailDTO | null> {
  const row = db
    .select()
    .from(parties)
    .where(and(eq(parties.slug, slug), isNull(parties.deletedAt)))
    .get();
  if (!row) return null;
  const day = today();
  const members = db
    .select({
      slug: people.slug,
      name: people.name,
      sortName: people.sortName,
      title: affiliations.title,
      kind: affiliations.kind,
      validFrom: affiliations.validFrom,
      validTo: affiliations.validTo,
    })
    .from(affiliations)
    .innerJoin(people, and(eq(affiliations.personId, people.id), isNull(people.deletedAt)))
    .where(and(eq(affiliations.partyId, row.id), isNull(affiliations.deletedAt)))
    .orderBy(asc(people.sortName), asc(affiliations.validFrom))
    .all()
    .map(({ slug: personSlug, name, sortName, ...span }) => ({
      person: { slug: personSlug, name, sortName },
      ...span,
      current: isHeldOn(span, day),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    countryCode: row.countryCode,
    aliases: row.aliases,
    description: row.description,
    members,
    version: row.version,
  };
}

/** The party's events in time order, with its roles and the people who acted for it. */
export async function listPartyEvents({
  slug,
  asOf,
  db = getDb(),
}: {
  slug: string;
  asOf?: string;
  db?: ParleyDb;
}): Promise<{ items: PartyEventDTO[]; more: boolean }> {
  const page = await listEvents({ filters: { party: [slug], asOf }, limit: PARTICIPATION_LIMIT, db });
  const parents = page.items.length
    ? db
        .select({ childId: eventRelations.fromEventId, slug: events.slug, title: events.title })
        .from(eventRelations)
        .innerJoin(events, and(eq(eventRelations.toEventId, events.id), isNull(events.deletedAt)))
        .where(
          and(
            eq(eventRelations.type, 'part_of'),
            inArray(
              eventRelations.fromEventId,
              page.items.map((e) => e.id),
            ),
          ),
        )
        .orderBy(asc(events.startsAt))
        .all()
    : [];
  const partOf = groupBy(parents, (row) => row.childId);
  return {
    items: page.items.map((event) => ({
      event: participationEvent(event),
      partOf: (partOf.get(event.id) ?? []).map(({ slug: parentSlug, title }) => ({ slug: parentSlug, title })),
      partyRoles: event.parties.filter((p) => p.slug === slug).map((p) => p.role),
      people: event.people
        .filter((p) => p.party?.slug === slug && p.role !== 'referenced')
        .map(({ slug: personSlug, name, role, title }) => ({ slug: personSlug, name, role, title })),
    })),
    more: page.nextCursor !== null,
  };
}
