// Writes name other records by slug; these turn a slug into an id inside the write's
// transaction, or fail naming the field that held it.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import type { ParleyTx } from '../connection';
import { ReferenceNotFoundError } from '../errors';
import { claims, commitments, events, locations, parties, people, points, sources, topics } from '../schema';
import { uniqueSlug } from '../slug';
import { getDb } from '../client';

const tables = { parties, people, topics, locations, sources, events, claims, points, commitments };
export type SluggedTable = keyof typeof tables;

// Within one transaction a live slug keeps its id (no write path deletes and references in the
// same transaction), so bulk writes that name the same party thousands of times look it up once.
const resolved = new WeakMap<ParleyTx, Map<string, number>>();

export function idForSlug(tx: ParleyTx, table: SluggedTable, field: string, slug: string): number {
  let cache = resolved.get(tx);
  if (!cache) resolved.set(tx, (cache = new Map()));
  const key = `${table}:${slug}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const t = tables[table];
  const row = tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.slug, slug), isNull(t.deletedAt)))
    .get();
  if (!row) throw new ReferenceNotFoundError([{ field, slug }]);
  cache.set(key, row.id);
  return row.id;
}

/** A slug a write names, with the table it must be found in and the field that holds it. */
export type Reference = { table: SluggedTable; field: string; slug: string };

/** Throws one error naming every reference that is missing, so a client learns them all at once. */
export function requireReferences(tx: ParleyTx, references: readonly Reference[]): void {
  const missing: { field: string; slug: string }[] = [];
  for (const { table, field, slug } of references) {
    try {
      idForSlug(tx, table, field, slug);
    } catch (error) {
      if (!(error instanceof ReferenceNotFoundError)) throw error;
      missing.push({ field, slug });
    }
  }
  if (missing.length) throw new ReferenceNotFoundError(missing);
}

export function optionalIdForSlug(
  tx: ParleyTx,
  table: SluggedTable,
  field: string,
  slug: string | null | undefined,
): number | null {
  return slug ? idForSlug(tx, table, field, slug) : null;
}

function slugTaken(tx: ParleyTx, table: SluggedTable) {
  const t = tables[table];
  return tx
    .select({ id: t.id })
    .from(t)
    .where(eq(t.slug, sql.placeholder('slug')))
    .prepare();
}

// A bulk write checks a new slug for every record; the statement is prepared once per
// transaction and table rather than built and prepared for each.
const slugChecks = new WeakMap<ParleyTx, Map<SluggedTable, ReturnType<typeof slugTaken>>>();

/** A slug no record of `table` has ever had, tombstones included, so ids and slugs stay stable. */
export function freeSlug(tx: ParleyTx, table: SluggedTable, base: string): string {
  let checks = slugChecks.get(tx);
  if (!checks) slugChecks.set(tx, (checks = new Map()));
  let check = checks.get(table);
  if (!check) checks.set(table, (check = slugTaken(tx, table)));
  const statement = check;
  return uniqueSlug(base, (candidate) => statement.get({ slug: candidate }) !== undefined);
}

/** The id a URL names, by number or by slug, tombstones included (a restore names a deleted one). */
export async function idForKey({
  table,
  key,
  db = getDb(),
}: {
  table: SluggedTable;
  key: string;
  db?: ParleyDb;
}): Promise<number | null> {
  const t = tables[table];
  const row = /^\d{1,12}$/.test(key)
    ? db
        .select({ id: t.id })
        .from(t)
        .where(eq(t.id, Number(key)))
        .get()
    : db
        .select({ id: t.id })
        .from(t)
        .where(eq(t.slug, key.slice(0, 200)))
        .get();
  return row?.id ?? null;
}

/** The names of records by slug, for saying in words what a filter chose; unknown slugs are left out. */
export async function namesForSlugs({
  table,
  slugs,
  db = getDb(),
}: {
  table: 'parties' | 'people' | 'topics' | 'locations';
  slugs: readonly string[];
  db?: ParleyDb;
}): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const t = tables[table];
  const rows = db
    .select({ slug: t.slug, name: t.name })
    .from(t)
    .where(inArray(t.slug, [...slugs]))
    .all();
  return new Map(rows.map((row) => [row.slug, row.name]));
}
