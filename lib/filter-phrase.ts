// A view's filters in words, given the names of the chosen records: shared by the server (names
// from the database, lib/filter-words) and the browser (names from the counts it already holds),
// so a tab's title reads the same whether the server rendered the view or a click changed it.
import type { EventKind, MatchMode } from '@/db/enums';
import { EVENT_KIND_LABELS } from './labels';

export const NAMED_FILTERS = ['party', 'topic', 'person', 'location'] as const;
export type NamedFilter = (typeof NAMED_FILTERS)[number];

export type PhrasedFilters = Record<NamedFilter, string[]> & {
  partyMatch: MatchMode;
  personMatch: MatchMode;
  kind: EventKind[];
  from?: string | null;
  to?: string | null;
  q?: string;
};

/** "party Russia and United States, topic Ceasefire": a view's filters in words, '' for none. */
export function filterPhrase(filters: PhrasedFilters, nameOf: (key: NamedFilter, slug: string) => string): string {
  const joiner: Record<NamedFilter, string> = {
    party: filters.partyMatch === 'all' ? ' and ' : ' or ',
    person: filters.personMatch === 'all' ? ' and ' : ' or ',
    topic: ' or ',
    location: ' or ',
  };
  return [
    ...NAMED_FILTERS.map((key) =>
      filters[key].length ? `${key} ${filters[key].map((slug) => nameOf(key, slug)).join(joiner[key])}` : '',
    ),
    filters.kind.length ? `kind ${filters.kind.map((kind) => EVENT_KIND_LABELS[kind]).join(' or ')}` : '',
    filters.from ? `from ${filters.from}` : '',
    filters.to ? `to ${filters.to}` : '',
    filters.q ? `matching “${filters.q}”` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The timeline's page title for a phrase: "Timeline: party Russia", or "Timeline" unfiltered. */
export function timelineTitle(phrase: string): string {
  return phrase ? `Timeline: ${phrase}` : 'Timeline';
}
