// What the forms' pickers offer: every live record of a kind as a slug, a label and a hint.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { claims, events, locations, parties, positions, sources, topics } from '../schema';
import { getDb } from '../client';
import { currentAffiliation, listPeople } from './directory';

/** A title a person holds over a span of days, as a form needs it to say who they acted for. */
export type TitleSpan = {
  partySlug: string;
  partyName: string;
  title: string;
  validFrom: string | null;
  validTo: string | null;
};
export type PickOption = { slug: string; label: string; hint?: string; timeZone?: string; titles?: TitleSpan[] };
export type PickLists = {
  parties: PickOption[];
  /** Parties of kind state: what a location may name as its country. */
  states: PickOption[];
  people: PickOption[];
  topics: PickOption[];
  sources: PickOption[];
  locations: PickOption[];
  events: PickOption[];
  /** Publishers already named by a source, offered as the publisher of a new one. */
  publishers: string[];
};
export type PickListName = Exclude<keyof PickLists, 'publishers'>;

export async function pickLists({ db = getDb() }: { db?: ParleyDb } = {}): Promise<PickLists> {
  const day = new Date().toISOString().slice(0, 10);
  const partyOptions = db
    .select({ slug: parties.slug, label: parties.name, hint: parties.shortName, kind: parties.kind })
    .from(parties)
    .where(isNull(parties.deletedAt))
    .orderBy(asc(parties.name))
    .all();
  const option = ({ slug, label, hint }: (typeof partyOptions)[number]): PickOption => ({
    slug,
    label,
    hint: hint ?? undefined,
  });
  return {
    parties: partyOptions.map(option),
    states: partyOptions.filter((p) => p.kind === 'state').map(option),
    people: (await listPeople({ db })).map((p) => {
      const title = currentAffiliation(p.affiliations, day);
      const titles = p.affiliations.map(({ partySlug, partyName, title, validFrom, validTo }) => ({
        partySlug,
        partyName,
        title,
        validFrom,
        validTo,
      }));
      return { slug: p.slug, label: p.name, hint: title ? `${title.title}, ${title.partyName}` : undefined, titles };
    }),
    topics: db
      .select({ slug: topics.slug, label: topics.name })
      .from(topics)
      .where(isNull(topics.deletedAt))
      .orderBy(asc(topics.name))
      .all(),
    sources: db
      .select({ slug: sources.slug, label: sources.title, hint: sources.publisher })
      .from(sources)
      .where(isNull(sources.deletedAt))
      .orderBy(asc(sources.title))
      .all(),
    locations: db
      .select({ slug: locations.slug, label: locations.name, hint: locations.country, timeZone: locations.timeZone })
      .from(locations)
      .where(isNull(locations.deletedAt))
      .orderBy(asc(locations.name))
      .all(),
    events: db
      .select({ slug: events.slug, label: events.title, hint: events.startsAt })
      .from(events)
      .where(isNull(events.deletedAt))
      .orderBy(desc(events.startsAt))
      .all()
      .map((e) => ({ ...e, hint: e.hint.slice(0, 10) })),
    publishers: db
      .selectDistinct({ publisher: sources.publisher })
      .from(sources)
      .where(isNull(sources.deletedAt))
      .orderBy(asc(sql`${sources.publisher} COLLATE NOCASE`))
      .all()
      .map((row) => row.publisher),
  };
}

/** Positions for the positions form's edit list: a party's stance on a topic on a day. */
export async function positionOptions({ db = getDb() }: { db?: ParleyDb } = {}): Promise<
  { id: number; label: string }[]
> {
  return db
    .select({
      id: positions.id,
      stance: positions.stance,
      party: parties.name,
      topic: topics.name,
      statedOn: positions.statedOn,
    })
    .from(positions)
    .innerJoin(parties, eq(positions.partyId, parties.id))
    .innerJoin(topics, and(eq(positions.topicId, topics.id)))
    .where(isNull(positions.deletedAt))
    .orderBy(desc(positions.statedOn))
    .all()
    .map((p) => ({ id: p.id, label: `${p.party} on ${p.topic} (${p.statedOn}): ${p.stance}` }));
}

/** Claims for the records workspace's edit list: who said what, about which session, newest session first. */
export async function claimOptions({ limit = 200, db = getDb() }: { limit?: number; db?: ParleyDb } = {}): Promise<
  { slug: string; label: string; hint: string }[]
> {
  return db
    .select({ slug: claims.slug, exact: claims.quoteExact, party: parties.name, event: events.title })
    .from(claims)
    .innerJoin(parties, eq(claims.partyId, parties.id))
    .innerJoin(events, eq(claims.eventId, events.id))
    .where(and(isNull(claims.deletedAt), isNull(events.deletedAt)))
    .orderBy(desc(events.startsAt), desc(claims.id))
    .limit(limit)
    .all()
    .map((c) => ({
      slug: c.slug,
      label: `${c.party}: “${c.exact.length > 90 ? `${c.exact.slice(0, 90)}…` : c.exact}”`,
      hint: c.event,
    }));
}
