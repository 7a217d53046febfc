// A view's filters in words, for the names of calendars and feeds and the titles of pages.
import { namesForSlugs } from '@/db/queries/references';
import { EVENT_KIND_LABELS } from './labels';
import type { EventQuery } from './validation/filters';

const FILTER_TABLES = { party: 'parties', topic: 'topics', person: 'people', location: 'locations' } as const;

/** "party Russia and United States, topic Ceasefire": a view's filters in words, '' for none. */
export async function filterWords(query: EventQuery): Promise<string> {
  const joiner = {
    party: query.partyMatch === 'all' ? ' and ' : ' or ',
    person: query.personMatch === 'all' ? ' and ' : ' or ',
    topic: ' or ',
    location: ' or ',
  };
  const named = await Promise.all(
    (['party', 'topic', 'person', 'location'] as const).map(async (key) => {
      const names = await namesForSlugs({ table: FILTER_TABLES[key], slugs: query[key] });
      return query[key].length ? `${key} ${query[key].map((slug) => names.get(slug) ?? slug).join(joiner[key])}` : '';
    }),
  );
  return [
    ...named,
    query.kind.length ? `kind ${query.kind.map((kind) => EVENT_KIND_LABELS[kind]).join(' or ')}` : '',
    query.from ? `from ${query.from}` : '',
    query.to ? `to ${query.to}` : '',
    query.q ? `matching “${query.q}”` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
