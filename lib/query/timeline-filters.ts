// The timeline's filters as the browser holds them: a normalised shape (sorted lists, trimmed
// text) that is both the React Query key and the query string, so that the server's prefetch
// and the client's fetch always name the same data. Deliberately free of Zod and the database:
// it ships to the browser, and the server validates every value again.
import { isRealDay } from '@/db/calendar';
import { EVENT_KINDS, MATCH_MODES, type EventKind, type MatchMode } from '@/db/enums';

export { MATCH_MODES };

export type TimelineFilters = {
  party: string[];
  /** 'all': every chosen party takes part in the event; 'any': at least one does. */
  partyMatch: MatchMode;
  topic: string[];
  person: string[];
  personMatch: MatchMode;
  location: string[];
  kind: EventKind[];
  /** A calendar date, YYYY-MM-DD, or null. */
  from: string | null;
  to: string | null;
  q: string;
  /** The archive as Parley held it then (a date or an instant, as the URL gives it), or null for today's. */
  asOf: string | null;
};

export const LIST_FILTERS = ['party', 'topic', 'person', 'location', 'kind'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const MATCH_FILTERS = { party: 'partyMatch', person: 'personMatch' } as const;
export type MatchFilter = (typeof MATCH_FILTERS)[keyof typeof MATCH_FILTERS];

export const EMPTY_FILTERS: TimelineFilters = {
  party: [],
  partyMatch: 'any',
  topic: [],
  person: [],
  personMatch: 'any',
  location: [],
  kind: [],
  from: null,
  to: null,
  q: '',
  asOf: null,
};

/** Anything but 'all' is the default, 'any', so that one view has one key and one address. */
const matchMode = (value: string | null | undefined): MatchMode => (value === 'all' ? 'all' : 'any');

const sortedUnique = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();

export function normalizeFilters(input: Partial<TimelineFilters>): TimelineFilters {
  const kinds = new Set<string>(EVENT_KINDS);
  return {
    party: sortedUnique(input.party ?? []),
    partyMatch: matchMode(input.partyMatch),
    topic: sortedUnique(input.topic ?? []),
    person: sortedUnique(input.person ?? []),
    personMatch: matchMode(input.personMatch),
    location: sortedUnique(input.location ?? []),
    kind: sortedUnique((input.kind ?? []).filter((kind) => kinds.has(kind))),
    from: input.from || null,
    to: input.to || null,
    q: (input.q ?? '').trim(),
    asOf: input.asOf || null,
  };
}

export function hasFilters(filters: TimelineFilters): boolean {
  return LIST_FILTERS.some((key) => filters[key].length > 0) || Boolean(filters.from || filters.to || filters.q);
}

/** The query string of a view: lists comma-separated, empty filters left out. */
export function filtersToSearchParams(filters: TimelineFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) {
    if (filters[key].length) params.set(key, filters[key].join(','));
    if (key in MATCH_FILTERS) {
      const mode = MATCH_FILTERS[key as keyof typeof MATCH_FILTERS];
      if (filters[mode] === 'all') params.set(mode, 'all');
    }
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

/** Reads a query string the way the browser's URL state does: first value per key, lists split on commas. */
export function searchParamsToFilters(params: URLSearchParams): TimelineFilters {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return normalizeFilters({
    party: list('party'),
    partyMatch: matchMode(params.get('partyMatch')),
    topic: list('topic'),
    person: list('person'),
    personMatch: matchMode(params.get('personMatch')),
    location: list('location'),
    kind: list('kind') as EventKind[],
    from: params.get('from'),
    to: params.get('to'),
    q: params.get('q') ?? '',
    asOf: params.get('asOf'),
  });
}

export function sameFilters(a: TimelineFilters, b: TimelineFilters): boolean {
  return filtersToSearchParams(a).toString() === filtersToSearchParams(b).toString();
}

/** Years below this are a year still being typed ("0002", "0020", "0202"), not a date to show. */
const FIRST_PLAUSIBLE_YEAR = 1000;

/** A typed date filter that is finished: a real day in a plausible year. */
export function isCompleteDay(value: string): boolean {
  return isRealDay(value) && Number(value.slice(0, 4)) >= FIRST_PLAUSIBLE_YEAR;
}
