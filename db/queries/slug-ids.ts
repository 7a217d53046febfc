// Filters name records by slug; queries test ids. One lookup for every filter that does so.
import { and, inArray, isNull } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { ReferenceNotFoundError } from '../errors';
import type { events, locations, parties, people, topics } from '../schema';

type Named = typeof parties | typeof topics | typeof people | typeof locations | typeof events;

/**
 * The ids of the records with these slugs, or a ReferenceNotFoundError naming `field` and the first
 * unknown slug. Deleted records count as unknown, except `asOf` reads, which may name what was deleted since.
 */
export function idsForSlugs(
  db: ParleyDb,
  table: Named,
  field: string,
  slugs: string[],
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): number[] {
  const wanted = inArray(table.slug, slugs);
  const rows = db
    .select({ id: table.id, slug: table.slug })
    .from(table)
    .where(includeDeleted ? wanted : and(wanted, isNull(table.deletedAt)))
    .all();
  const found = new Set(rows.map((row) => row.slug));
  const missing = slugs.find((slug) => !found.has(slug));
  if (missing !== undefined) throw new ReferenceNotFoundError([{ field, slug: missing }]);
  return rows.map((row) => row.id);
}
