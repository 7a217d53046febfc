// Creating the records events refer to: parties, people with their affiliations, topics,
// locations, sources and positions. Each is one IMMEDIATE transaction with its revision.

import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type { AffiliationKind, PartyKind, Reliability } from '../enums';
import { affiliations, locations, parties, people, positions, sourceAuthors, sources, sourceSyndications, topics } from '../schema';
import { slugify } from '../slug';
import { getDb } from '../client';
import { insertCitations, type CitationInput } from './citation-writes';
import { freeSlug, idForSlug, optionalIdForSlug, type SluggedTable } from './references';
import { writeRevision, type Actor } from './revisions';

export type PartyInput = {
  slug?: string;
  name: string;
  shortName?: string | null;
  kind: PartyKind;
  countryCode?: string | null;
  aliases?: string[];
  description?: string;
};

export type AffiliationInput = {
  party: string;
  title: string;
  kind: AffiliationKind;
  validFrom?: string | null;
  validTo?: string | null;
  citations?: CitationInput[];
};

export type PersonInput = {
  slug?: string;
  name: string;
  sortName?: string;
  aliases?: string[];
  description?: string;
  affiliations?: AffiliationInput[];
};

export type TopicInput = { slug?: string; name: string; description?: string };

export type LocationInput = {
  slug?: string;
  name: string;
  city?: string | null;
  country: string;
  countryCode: string;
  timeZone: string;
  latitude?: number | null;
  longitude?: number | null;
};

export type SourceInput = {
  slug?: string;
  title: string;
  publisher: string;
  url?: string | null;
  publishedOn?: string | null;
  reliability?: Reliability;
  authors?: string[];
  syndications?: { publisher: string; url?: string | null; publishedOn?: string | null }[];
};

export type PositionInput = {
  party: string;
  topic: string;
  stance: string;
  summary?: string;
  statedOn: string;
  statedBy?: string | null;
  citations?: CitationInput[];
};

type Created = { id: number; slug: string };

/** Inserts one slugged record with `insertRow` and writes its revision, in one transaction. */
function createSlugged(
  db: ParleyDb,
  table: SluggedTable,
  entityType: string,
  input: { slug?: string },
  nameForSlug: string,
  actor: Actor,
  insertRow: (tx: ParleyTx, slug: string) => number,
): Created {
  return writeTransaction(db, (tx) => {
    const slug = freeSlug(tx, table, input.slug ?? slugify(nameForSlug));
    const id = insertRow(tx, slug);
    writeRevision(tx, { entityType, entityId: id, action: 'create', actor, before: null, after: { ...input, slug } });
    return { id, slug };
  });
}

export async function createParty({ input, actor, db = getDb() }: { input: PartyInput; actor: Actor; db?: ParleyDb }): Promise<Created> {
  return createSlugged(db, 'parties', 'party', input, input.name, actor, (tx, slug) =>
    tx.insert(parties).values({ ...input, slug }).returning({ id: parties.id }).get().id,
  );
}

export async function createTopic({ input, actor, db = getDb() }: { input: TopicInput; actor: Actor; db?: ParleyDb }): Promise<Created> {
  return createSlugged(db, 'topics', 'topic', input, input.name, actor, (tx, slug) =>
    tx.insert(topics).values({ ...input, slug }).returning({ id: topics.id }).get().id,
  );
}

export async function createLocation({ input, actor, db = getDb() }: { input: LocationInput; actor: Actor; db?: ParleyDb }): Promise<Created> {
  return createSlugged(db, 'locations', 'location', input, input.name, actor, (tx, slug) =>
    tx.insert(locations).values({ ...input, slug }).returning({ id: locations.id }).get().id,
  );
}

export async function createPerson({ input, actor, db = getDb() }: { input: PersonInput; actor: Actor; db?: ParleyDb }): Promise<Created> {
  const { affiliations: spans = [], ...person } = input;
  const sortName = person.sortName ?? person.name.split(' ').reverse().join(', ');
  return createSlugged(db, 'people', 'person', input, person.name, actor, (tx, slug) => {
    const personId = tx.insert(people).values({ ...person, sortName, slug }).returning({ id: people.id }).get().id;
    spans.forEach((span, i) => {
      const row = tx
        .insert(affiliations)
        .values({
          personId,
          partyId: idForSlug(tx, 'parties', `affiliations.${i}.party`, span.party),
          title: span.title,
          kind: span.kind,
          validFrom: span.validFrom ?? null,
          validTo: span.validTo ?? null,
        })
        .returning({ id: affiliations.id })
        .get();
      insertCitations(tx, { affiliationId: row.id }, span.citations, `affiliations.${i}.citations`);
    });
    return personId;
  });
}

export async function createSource({ input, actor, db = getDb() }: { input: SourceInput; actor: Actor; db?: ParleyDb }): Promise<Created> {
  const { authors = [], syndications = [], ...source } = input;
  return createSlugged(db, 'sources', 'source', input, source.title, actor, (tx, slug) => {
    const sourceId = tx.insert(sources).values({ ...source, slug }).returning({ id: sources.id }).get().id;
    if (authors.length) tx.insert(sourceAuthors).values(authors.map((name, position) => ({ sourceId, position, name }))).run();
    if (syndications.length) tx.insert(sourceSyndications).values(syndications.map((s) => ({ sourceId, ...s }))).run();
    return sourceId;
  });
}

export async function createPosition({ input, actor, db = getDb() }: { input: PositionInput; actor: Actor; db?: ParleyDb }): Promise<{ id: number }> {
  return writeTransaction(db, (tx) => {
    const row = tx
      .insert(positions)
      .values({
        partyId: idForSlug(tx, 'parties', 'party', input.party),
        topicId: idForSlug(tx, 'topics', 'topic', input.topic),
        stance: input.stance,
        summary: input.summary ?? '',
        statedOn: input.statedOn,
        statedByPersonId: optionalIdForSlug(tx, 'people', 'statedBy', input.statedBy),
      })
      .returning({ id: positions.id })
      .get();
    insertCitations(tx, { positionId: row.id }, input.citations, 'citations');
    writeRevision(tx, { entityType: 'position', entityId: row.id, action: 'create', actor, before: null, after: input });
    return { id: row.id };
  });
}

