// A view's filters in words, for the names of calendars and feeds and the titles of pages, with
// the chosen records' names read from the database.
import { namesForSlugs } from '@/db/queries/references';
import { filterPhrase, NAMED_FILTERS, type NamedFilter } from './filter-phrase';
import type { EventQuery } from './validation/filters';

const FILTER_TABLES = { party: 'parties', topic: 'topics', person: 'people', location: 'locations' } as const;

/** "party Russia and United States, topic Ceasefire": a view's filters in words, '' for none. */
export async function filterWords(query: EventQuery): Promise<string> {
  const names = new Map(
    await Promise.all(
      NAMED_FILTERS.map(
        async (key) => [key, await namesForSlugs({ table: FILTER_TABLES[key], slugs: query[key] })] as const,
      ),
    ),
  );
  return filterPhrase(query, (key: NamedFilter, slug) => names.get(key)?.get(slug) ?? slug);
}
