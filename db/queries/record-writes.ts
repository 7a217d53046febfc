// Writing the records events refer to: parties, people with their affiliations, topics,
// locations, sources and positions. One mechanism serves all six: each kind says how to write
// its columns and children and how to snapshot itself; create, update, delete and restore are
// each one IMMEDIATE transaction with its revision.

import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type { AffiliationKind, PartyKind, Reliability, SourceKind } from '../enums';
import {
  affiliations,
  events,
  locations,
  parties,
  people,
  positions,
  sourceAuthors,
  sources,
  sourceSyndications,
  topics,
} from '../schema';
import { ReferenceMismatchError } from '../errors';
import { slugify } from '../slug';
import { getDb } from '../client';
import {
  citationInputs,
  citationReferences,
  insertCitations,
  saveCitations,
  type CitationInput,
} from './citation-writes';
import {
  freeSlug,
  idForSlug,
  optionalIdForSlug,
  requireReferences,
  type Reference,
  type SluggedTable,
} from './references';
import { writeRevision, type Actor } from './revisions';
import { deleteVersioned, restoreVersioned, updateVersioned, withKept, type Versioned } from './versioned-writes';

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
  /** The stored title this entry edits, as GET answers it; without one it is matched by content. */
  id?: number;
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
  /** Left empty, taken from `countryParty`. */
  country?: string;
  countryCode?: string;
  /** The country as a party of kind state, by slug. */
  countryParty?: string | null;
  timeZone: string;
  latitude?: number | null;
  longitude?: number | null;
  aliases?: string[];
};

export type SourceInput = {
  slug?: string;
  title: string;
  publisher: string;
  url?: string | null;
  publishedOn?: string | null;
  reliability?: Reliability;
  kind?: SourceKind;
  /** The issuing party of a readout or statement, by slug. */
  party?: string | null;
  /** The source's own words, from which claims quote. */
  text?: string;
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

export type RecordInputs = {
  party: PartyInput;
  person: PersonInput;
  topic: TopicInput;
  location: LocationInput;
  source: SourceInput;
  position: PositionInput;
};
export type RecordKind = keyof RecordInputs;

/** What a write answers: the record as its editable input, with its id, slug and version. */
export type SavedRecord<K extends RecordKind = RecordKind> = Omit<RecordInputs[K], 'slug'> & {
  id: number;
  slug: string | null;
  version: number;
  deletedAt: string | null;
};

/** How one kind of record is written and read back as its input: all the generic writes need. */
export type RecordSpec<Input, Saved> = Omit<Versioned, 'snapshot'> & {
  sluggedTable: SluggedTable | null;
  slugBase: (input: Input) => string;
  insert: (tx: ParleyTx, input: Input, slug: string | null) => number;
  update: (tx: ParleyTx, id: number, input: Input, stored: Saved) => void;
  snapshot: (tx: ParleyTx, id: number) => Saved;
  /** The records the input names, checked all at once before anything is written. */
  references?: (input: Input) => Reference[];
};
type Spec<K extends RecordKind> = RecordSpec<RecordInputs[K], SavedRecord<K>>;

function stamp(row: { id: number; version: number; deletedAt: string | null }, slug: string | null) {
  return { id: row.id, slug, version: row.version, deletedAt: row.deletedAt };
}

function personColumns(input: PersonInput) {
  return {
    name: input.name,
    sortName: input.sortName || input.name.split(' ').reverse().join(', '),
    aliases: input.aliases ?? [],
    description: input.description ?? '',
  };
}

function affiliationColumns(tx: ParleyTx, span: AffiliationInput, i: number) {
  return {
    partyId: idForSlug(tx, 'parties', `affiliations.${i}.party`, span.party),
    title: span.title,
    kind: span.kind,
    validFrom: span.validFrom ?? null,
    validTo: span.validTo ?? null,
  };
}

function insertAffiliation(tx: ParleyTx, personId: number, span: AffiliationInput, i: number): void {
  const row = tx
    .insert(affiliations)
    .values({ personId, ...affiliationColumns(tx, span, i) })
    .returning({ id: affiliations.id })
    .get();
  insertCitations(tx, { affiliationId: row.id }, span.citations, `affiliations.${i}.citations`);
}

type StoredAffiliation = AffiliationInput & { id: number };

function sameAffiliation(stored: AffiliationInput, span: AffiliationInput): boolean {
  return (
    stored.party === span.party &&
    stored.title === span.title &&
    stored.kind === span.kind &&
    (stored.validFrom ?? null) === (span.validFrom ?? null) &&
    (stored.validTo ?? null) === (span.validTo ?? null)
  );
}

/**
 * Makes a person's titles those of `spans`, keeping the row and id of each stored title still
 * listed (named by its `id`, or the same party, title, kind and dates): claims point at them.
 * A kept title sent without citations keeps its own. Titles no longer listed are tombstoned.
 */
function saveAffiliations(
  tx: ParleyTx,
  personId: number,
  spans: readonly AffiliationInput[],
  stored: readonly StoredAffiliation[],
): void {
  const unmatched = [...stored];
  spans.forEach((span, i) => {
    let at = span.id === undefined ? -1 : unmatched.findIndex((row) => row.id === span.id);
    if (at < 0) at = unmatched.findIndex((row) => sameAffiliation(row, span));
    if (at < 0) return insertAffiliation(tx, personId, span, i);
    const [row] = unmatched.splice(at, 1);
    if (!sameAffiliation(row, span))
      tx.update(affiliations)
        .set(affiliationColumns(tx, span, i))
        .where(eq(affiliations.id, row.id))
        .run();
    if (span.citations !== undefined)
      saveCitations(tx, { affiliationId: row.id }, span.citations, `affiliations.${i}.citations`);
  });
  const now = new Date().toISOString();
  for (const row of unmatched)
    tx.update(affiliations).set({ deletedAt: now, updatedAt: now }).where(eq(affiliations.id, row.id)).run();
}

function sourceColumns(tx: ParleyTx, input: SourceInput) {
  return {
    title: input.title,
    publisher: input.publisher,
    url: input.url ?? null,
    publishedOn: input.publishedOn ?? null,
    reliability: input.reliability ?? 'usually_reliable',
    kind: input.kind ?? 'report',
    partyId: optionalIdForSlug(tx, 'parties', 'party', input.party),
    text: input.text ?? '',
  };
}

function writeSourceChildren(tx: ParleyTx, sourceId: number, input: SourceInput): void {
  const { authors = [], syndications = [] } = input;
  if (authors.length)
    tx.insert(sourceAuthors)
      .values(authors.map((name, position) => ({ sourceId, position, name })))
      .run();
  if (syndications.length)
    tx.insert(sourceSyndications)
      .values(
        syndications.map((s) => ({
          sourceId,
          publisher: s.publisher,
          url: s.url ?? null,
          publishedOn: s.publishedOn ?? null,
        })),
      )
      .run();
}

function positionColumns(tx: ParleyTx, input: PositionInput) {
  return {
    partyId: idForSlug(tx, 'parties', 'party', input.party),
    topicId: idForSlug(tx, 'topics', 'topic', input.topic),
    stance: input.stance,
    summary: input.summary ?? '',
    statedOn: input.statedOn,
    statedByPersonId: optionalIdForSlug(tx, 'people', 'statedBy', input.statedBy),
  };
}

export function slugOf(
  tx: ParleyTx,
  table: typeof parties | typeof people | typeof topics | typeof events | typeof sources,
  id: number | null,
): string | null {
  return id === null ? null : (tx.select({ slug: table.slug }).from(table).where(eq(table.id, id)).get()?.slug ?? null);
}

const SPECS: { [K in RecordKind]: Spec<K> } = {
  party: {
    table: parties,
    entityType: 'party',
    sluggedTable: 'parties',
    slugBase: (input) => input.name,
    insert: (tx, input, slug) =>
      tx
        .insert(parties)
        .values({ ...partyColumns(input), slug: slug! })
        .returning({ id: parties.id })
        .get().id,
    update: (tx, id, input) => void tx.update(parties).set(partyColumns(input)).where(eq(parties.id, id)).run(),
    snapshot: (tx, id) => {
      const row = tx.select().from(parties).where(eq(parties.id, id)).get()!;
      return {
        ...stamp(row, row.slug),
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        countryCode: row.countryCode,
        aliases: row.aliases,
        description: row.description,
      };
    },
  },
  person: {
    table: people,
    entityType: 'person',
    sluggedTable: 'people',
    slugBase: (input) => input.name,
    insert: (tx, input, slug) => {
      const id = tx
        .insert(people)
        .values({ ...personColumns(input), slug: slug! })
        .returning({ id: people.id })
        .get().id;
      (input.affiliations ?? []).forEach((span, i) => insertAffiliation(tx, id, span, i));
      return id;
    },
    update: (tx, id, input, stored) => {
      tx.update(people).set(personColumns(input)).where(eq(people.id, id)).run();
      // The snapshot reads each title with its row id.
      saveAffiliations(tx, id, input.affiliations ?? [], (stored.affiliations ?? []) as StoredAffiliation[]);
    },
    references: (input) =>
      (input.affiliations ?? []).flatMap((span, i) => [
        { table: 'parties' as const, field: `affiliations.${i}.party`, slug: span.party },
        ...citationReferences(span.citations, `affiliations.${i}.citations`),
      ]),
    snapshot: (tx, id) => {
      const row = tx.select().from(people).where(eq(people.id, id)).get()!;
      const spans = tx
        .select({
          id: affiliations.id,
          party: parties.slug,
          title: affiliations.title,
          kind: affiliations.kind,
          validFrom: affiliations.validFrom,
          validTo: affiliations.validTo,
        })
        .from(affiliations)
        .innerJoin(parties, eq(affiliations.partyId, parties.id))
        .where(and(eq(affiliations.personId, id), isNull(affiliations.deletedAt)))
        .orderBy(asc(affiliations.validFrom), asc(affiliations.id))
        .all();
      return {
        ...stamp(row, row.slug),
        name: row.name,
        sortName: row.sortName,
        aliases: row.aliases,
        description: row.description,
        affiliations: spans.map((span) => ({ ...span, citations: citationInputs(tx, { affiliationId: span.id }) })),
      };
    },
  },
  topic: {
    table: topics,
    entityType: 'topic',
    sluggedTable: 'topics',
    slugBase: (input) => input.name,
    insert: (tx, input, slug) =>
      tx
        .insert(topics)
        .values({ name: input.name, description: input.description ?? '', slug: slug! })
        .returning({ id: topics.id })
        .get().id,
    update: (tx, id, input) =>
      void tx
        .update(topics)
        .set({ name: input.name, description: input.description ?? '' })
        .where(eq(topics.id, id))
        .run(),
    snapshot: (tx, id) => {
      const row = tx.select().from(topics).where(eq(topics.id, id)).get()!;
      return { ...stamp(row, row.slug), name: row.name, description: row.description };
    },
  },
  location: {
    table: locations,
    entityType: 'location',
    sluggedTable: 'locations',
    slugBase: (input) => input.name,
    insert: (tx, input, slug) =>
      tx
        .insert(locations)
        .values({ ...locationColumns(tx, input), slug: slug! })
        .returning({ id: locations.id })
        .get().id,
    update: (tx, id, input) =>
      void tx.update(locations).set(locationColumns(tx, input)).where(eq(locations.id, id)).run(),
    references: (input) =>
      input.countryParty ? [{ table: 'parties', field: 'countryParty', slug: input.countryParty }] : [],
    snapshot: (tx, id) => {
      const row = tx.select().from(locations).where(eq(locations.id, id)).get()!;
      return {
        ...stamp(row, row.slug),
        name: row.name,
        city: row.city,
        country: row.country,
        countryCode: row.countryCode,
        countryParty: slugOf(tx, parties, row.countryPartyId),
        timeZone: row.timeZone,
        latitude: row.latitude,
        longitude: row.longitude,
        aliases: row.aliases,
      };
    },
  },
  source: {
    table: sources,
    entityType: 'source',
    sluggedTable: 'sources',
    slugBase: (input) => input.title,
    insert: (tx, input, slug) => {
      const id = tx
        .insert(sources)
        .values({ ...sourceColumns(tx, input), slug: slug! })
        .returning({ id: sources.id })
        .get().id;
      writeSourceChildren(tx, id, input);
      return id;
    },
    update: (tx, id, input) => {
      tx.update(sources).set(sourceColumns(tx, input)).where(eq(sources.id, id)).run();
      tx.delete(sourceAuthors).where(eq(sourceAuthors.sourceId, id)).run();
      tx.delete(sourceSyndications).where(eq(sourceSyndications.sourceId, id)).run();
      writeSourceChildren(tx, id, input);
    },
    snapshot: (tx, id) => {
      const row = tx.select().from(sources).where(eq(sources.id, id)).get()!;
      return {
        ...stamp(row, row.slug),
        title: row.title,
        publisher: row.publisher,
        url: row.url,
        publishedOn: row.publishedOn,
        reliability: row.reliability,
        kind: row.kind,
        party: slugOf(tx, parties, row.partyId),
        text: row.text,
        authors: tx
          .select({ name: sourceAuthors.name })
          .from(sourceAuthors)
          .where(eq(sourceAuthors.sourceId, id))
          .orderBy(asc(sourceAuthors.position))
          .all()
          .map((a) => a.name),
        syndications: tx
          .select({
            publisher: sourceSyndications.publisher,
            url: sourceSyndications.url,
            publishedOn: sourceSyndications.publishedOn,
          })
          .from(sourceSyndications)
          .where(eq(sourceSyndications.sourceId, id))
          .orderBy(asc(sourceSyndications.id))
          .all(),
      };
    },
  },
  position: {
    table: positions,
    entityType: 'position',
    sluggedTable: null,
    slugBase: (input) => input.stance,
    insert: (tx, input) => {
      const id = tx.insert(positions).values(positionColumns(tx, input)).returning({ id: positions.id }).get().id;
      insertCitations(tx, { positionId: id }, input.citations, 'citations');
      return id;
    },
    update: (tx, id, input) => {
      tx.update(positions).set(positionColumns(tx, input)).where(eq(positions.id, id)).run();
      saveCitations(tx, { positionId: id }, input.citations, 'citations');
    },
    references: (input) => [
      { table: 'parties', field: 'party', slug: input.party },
      { table: 'topics', field: 'topic', slug: input.topic },
      ...(input.statedBy ? [{ table: 'people' as const, field: 'statedBy', slug: input.statedBy }] : []),
      ...citationReferences(input.citations, 'citations'),
    ],
    snapshot: (tx, id) => {
      const row = tx.select().from(positions).where(eq(positions.id, id)).get()!;
      return {
        ...stamp(row, null),
        party: slugOf(tx, parties, row.partyId)!,
        topic: slugOf(tx, topics, row.topicId)!,
        stance: row.stance,
        summary: row.summary,
        statedOn: row.statedOn,
        statedBy: slugOf(tx, people, row.statedByPersonId),
        citations: citationInputs(tx, { positionId: id }),
      };
    },
  },
};

function partyColumns(input: PartyInput) {
  return {
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    countryCode: input.countryCode ?? null,
    aliases: input.aliases ?? [],
    description: input.description ?? '',
  };
}

/** A location's columns; its country's name and code, left empty, come from its country party. */
function locationColumns(tx: ParleyTx, input: LocationInput) {
  const country = input.countryParty
    ? tx
        .select({ id: parties.id, name: parties.name, kind: parties.kind, countryCode: parties.countryCode })
        .from(parties)
        .where(eq(parties.slug, input.countryParty))
        .get()
    : undefined;
  if (country && country.kind !== 'state')
    throw new ReferenceMismatchError('countryParty', `"${input.countryParty}" is not a state`);
  const countryCode = input.countryCode || country?.countryCode;
  if (!countryCode)
    throw new ReferenceMismatchError(
      'countryCode',
      `is required: the party "${input.countryParty}" has no country code`,
    );
  return {
    name: input.name,
    city: input.city ?? null,
    country: input.country || (country?.name ?? ''),
    countryCode,
    countryPartyId: country?.id ?? null,
    timeZone: input.timeZone,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    aliases: input.aliases ?? [],
  };
}

type WriteArgs = { actor: Actor; db?: ParleyDb };

/** Inserts one record with its revision inside the caller's transaction. */
export function insertWithSpec<Input, Saved>(
  tx: ParleyTx,
  spec: RecordSpec<Input, Saved>,
  input: Input,
  actor: Actor,
): Saved {
  requireReferences(tx, spec.references?.(input) ?? []);
  const slug = spec.sluggedTable
    ? freeSlug(tx, spec.sluggedTable, (input as { slug?: string }).slug ?? slugify(spec.slugBase(input)))
    : null;
  const id = spec.insert(tx, input, slug);
  const after = spec.snapshot(tx, id);
  writeRevision(tx, { entityType: spec.entityType, entityId: id, action: 'create', actor, before: null, after });
  return after;
}

export async function createWithSpec<Input, Saved>(
  spec: RecordSpec<Input, Saved>,
  { input, actor, db = getDb() }: WriteArgs & { input: Input },
): Promise<Saved> {
  return writeTransaction(db, (tx) => insertWithSpec(tx, spec, input, actor));
}

/**
 * Replaces a record's content if `version` is still the stored one; otherwise writes nothing.
 * The lists named in `keep` stay as stored; content equal to the stored content writes nothing.
 */
export async function updateWithSpec<Input extends object, Saved extends object>(
  spec: RecordSpec<Input, Saved>,
  {
    id,
    version,
    input,
    keep = [],
    actor,
    db = getDb(),
  }: WriteArgs & { id: number; version: number; input: Input; keep?: readonly string[] },
): Promise<Saved> {
  return writeTransaction(db, (tx) => {
    replaceWithSpec(tx, spec, { id, version, input, keep, actor });
    return spec.snapshot(tx, id);
  });
}

/** updateWithSpec inside the caller's transaction; answers whether anything changed. */
export function replaceWithSpec<Input extends object, Saved extends object>(
  tx: ParleyTx,
  spec: RecordSpec<Input, Saved>,
  {
    id,
    version,
    input,
    keep = [],
    actor,
  }: { id: number; version: number; input: Input; keep?: readonly string[]; actor: Actor },
): boolean {
  return updateVersioned(tx, spec, {
    id,
    version,
    actor,
    write: (stored) => {
      const content = withKept(input, stored, keep);
      requireReferences(tx, spec.references?.(content) ?? []);
      spec.update(tx, id, content, stored);
    },
  });
}

export async function restoreWithSpec<Input, Saved>(
  spec: RecordSpec<Input, Saved>,
  { id, actor, db = getDb() }: WriteArgs & { id: number },
): Promise<Saved> {
  return writeTransaction(db, (tx) => {
    restoreVersioned(tx, spec, { id, actor });
    return spec.snapshot(tx, id);
  });
}

export async function getWithSpec<Input, Saved>(
  spec: RecordSpec<Input, Saved>,
  { id, db = getDb() }: { id: number; db?: ParleyDb },
): Promise<Saved | null> {
  return writeTransaction(db, (tx) =>
    tx.get<{ id: number } | undefined>(sql`SELECT id FROM ${spec.table} WHERE id = ${id}`)
      ? spec.snapshot(tx, id)
      : null,
  );
}

export async function deleteWithSpec(
  spec: Versioned,
  { id, version, actor, db = getDb() }: WriteArgs & { id: number; version: number },
): Promise<void> {
  writeTransaction(db, (tx) => deleteVersioned(tx, spec, { id, version, actor }));
}

export async function createRecord<K extends RecordKind>(
  kind: K,
  args: WriteArgs & { input: RecordInputs[K] },
): Promise<SavedRecord<K>> {
  return createWithSpec(SPECS[kind] as Spec<K>, args);
}

/** Replaces a record's content (see updateWithSpec). */
export async function updateRecord<K extends RecordKind>(
  kind: K,
  args: WriteArgs & { id: number; version: number; input: RecordInputs[K]; keep?: readonly string[] },
): Promise<SavedRecord<K>> {
  return updateWithSpec(SPECS[kind] as Spec<K>, args);
}

export async function deleteRecord(kind: RecordKind, args: WriteArgs & { id: number; version: number }): Promise<void> {
  return deleteWithSpec(SPECS[kind], args);
}

export async function restoreRecord<K extends RecordKind>(
  kind: K,
  args: WriteArgs & { id: number },
): Promise<SavedRecord<K>> {
  return restoreWithSpec(SPECS[kind] as Spec<K>, args);
}

/** The record as its editable input, or null when there is none with that id. */
export async function getRecord<K extends RecordKind>(
  kind: K,
  args: { id: number; db?: ParleyDb },
): Promise<SavedRecord<K> | null> {
  return getWithSpec(SPECS[kind] as Spec<K>, args);
}

type CreateArgs<K extends RecordKind> = WriteArgs & { input: RecordInputs[K] };
export const createParty = (args: CreateArgs<'party'>) => createRecord('party', args);
export const createPerson = (args: CreateArgs<'person'>) => createRecord('person', args);
export const createTopic = (args: CreateArgs<'topic'>) => createRecord('topic', args);
export const createLocation = (args: CreateArgs<'location'>) => createRecord('location', args);
export const createSource = (args: CreateArgs<'source'>) => createRecord('source', args);
export const createPosition = (args: CreateArgs<'position'>) => createRecord('position', args);
