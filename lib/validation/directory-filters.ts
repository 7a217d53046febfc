// The participant directory's filters as they arrive in the URL. A page never fails on a bad
// value: each parameter falls back to "no filter" on its own, as the timeline's do.
import { z } from 'zod';
import { DIRECTORY_ROLES, DIRECTORY_SHOWS, DIRECTORY_SORTS } from '@/db/queries/participants';
import { SLUG_PATTERN } from './filters';

const slug = z.string().max(100).regex(SLUG_PATTERN).optional().catch(undefined);

/** The filter form offers exactly the values these accept. */
export const directoryRoleSchema = z.enum(DIRECTORY_ROLES);
export const directoryShowSchema = z.enum(DIRECTORY_SHOWS);
export const directorySortSchema = z.enum(DIRECTORY_SORTS);

export const directoryQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  party: slug,
  role: directoryRoleSchema.optional().catch(undefined),
  event: slug,
  show: directoryShowSchema.default('all').catch('all'),
  sort: directorySortSchema.default('party').catch('party'),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

type SearchParams = Record<string, string | string[] | undefined>;

/** One value per parameter (the first, when repeated); empty values mean none. */
export function parseDirectoryQuery(params: SearchParams): DirectoryQuery {
  const first = (key: string) => {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    return one?.trim() ? one : undefined;
  };
  return directoryQuerySchema.parse(
    Object.fromEntries(Object.keys(directoryQuerySchema.shape).map((key) => [key, first(key)])),
  );
}

/** The URL of the directory with these filters; defaults are left out so URLs stay short. */
export function directoryHref(query: Partial<DirectoryQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.party) params.set('party', query.party);
  if (query.role) params.set('role', query.role);
  if (query.event) params.set('event', query.event);
  if (query.show && query.show !== 'all') params.set('show', query.show);
  if (query.sort && query.sort !== 'party') params.set('sort', query.sort);
  const search = params.toString();
  return search ? `/participants?${search}` : '/participants';
}
