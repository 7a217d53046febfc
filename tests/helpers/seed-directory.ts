// The seed's records as the extraction's directory query reads them from a seeded database, for
// unit tests of source-first entry that need no database.
import type { ExtractDirectory } from '@/db/queries/extract-directory';
import * as seed from '@/db/seed/riyadh-2025';

/** The seed's records as the directory query reads them from a seeded database. */
export const seedDirectory: ExtractDirectory = {
  parties: seed.parties.map((p) => ({
    slug: p.slug!,
    name: p.name,
    shortName: p.shortName ?? null,
    aliases: p.aliases ?? [],
  })),
  people: seed.people.map((p) => ({
    slug: p.slug!,
    name: p.name,
    aliases: p.aliases ?? [],
    affiliations: (p.affiliations ?? []).map((a) => ({
      partySlug: a.party,
      partyName: seed.parties.find((x) => x.slug === a.party)!.name,
      title: a.title,
      validFrom: a.validFrom ?? null,
      validTo: a.validTo ?? null,
    })),
  })),
  locations: seed.locations.map((l) => ({
    slug: l.slug!,
    name: l.name,
    city: l.city ?? null,
    aliases: l.aliases ?? [],
    timeZone: l.timeZone,
  })),
  topics: seed.topics.map((t) => ({ slug: t.slug!, name: t.name })),
};
