// What reading a pasted source recognises: every live party, person (with dated titles), location
// and topic by the names and other names it is known by. Read once per request; the extraction
// itself runs on these plain lists (lib/extract).
import { asc, isNull } from 'drizzle-orm';
import type { DatedAffiliation } from '../affiliation-at';
import type { ParleyDb } from '../connection';
import { locations, parties, people, topics } from '../schema';
import { getDb } from '../client';
import { loadAffiliations } from './directory';

export type DirectoryParty = { slug: string; name: string; shortName: string | null; aliases: string[] };
export type DirectoryPerson = {
  slug: string;
  name: string;
  aliases: string[];
  affiliations: (DatedAffiliation & { partyName: string })[];
};
export type DirectoryLocation = {
  slug: string;
  name: string;
  city: string | null;
  aliases: string[];
  timeZone: string;
};
export type DirectoryTopic = { slug: string; name: string };
export type ExtractDirectory = {
  parties: DirectoryParty[];
  people: DirectoryPerson[];
  locations: DirectoryLocation[];
  topics: DirectoryTopic[];
};

export function extractDirectory({ db = getDb() }: { db?: ParleyDb } = {}): ExtractDirectory {
  const personRows = db
    .select({ id: people.id, slug: people.slug, name: people.name, aliases: people.aliases })
    .from(people)
    .where(isNull(people.deletedAt))
    .orderBy(asc(people.id))
    .all();
  const spans = loadAffiliations(
    db,
    personRows.map((p) => p.id),
  );
  return {
    parties: db
      .select({ slug: parties.slug, name: parties.name, shortName: parties.shortName, aliases: parties.aliases })
      .from(parties)
      .where(isNull(parties.deletedAt))
      .orderBy(asc(parties.id))
      .all(),
    people: personRows.map(({ id, ...person }) => ({
      ...person,
      affiliations: (spans.get(id) ?? []).map(({ partySlug, partyName, title, validFrom, validTo }) => ({
        partySlug,
        partyName,
        title,
        validFrom,
        validTo,
      })),
    })),
    locations: db
      .select({
        slug: locations.slug,
        name: locations.name,
        city: locations.city,
        aliases: locations.aliases,
        timeZone: locations.timeZone,
      })
      .from(locations)
      .where(isNull(locations.deletedAt))
      .orderBy(asc(locations.id))
      .all(),
    topics: db
      .select({ slug: topics.slug, name: topics.name })
      .from(topics)
      .where(isNull(topics.deletedAt))
      .orderBy(asc(topics.id))
      .all(),
  };
}
