// What the bench reads. Generated archives name their events archive-event-1 … in time order,
// so the middle one gives a deep cursor and a detail page without the bench opening the
// database: everything is asked of the server, as a reader would. The first two rows are
// Parley's own probes (a constant JSON route, a prerendered page): against the bare app's, they
// are what Parley's configuration and server cost per request.
import { encodeCursor } from '@/db/cursor';
import type { Group } from './report';

/** `against` names the bare app's floor the endpoint is compared with: its JSON route or its static page. */
export type Scenario = { name: string; group: Group; path: string; against: 'json' | 'page'; unavailable?: string };

/** A word in every generated event, and two that meet in about one event in a thousand. */
export const COMMON_WORD = 'officials';
export const RARE_WORDS = 'havana demining';

export async function readScenarios({
  origin,
  events,
  hasRoute,
}: {
  origin: string;
  events: number;
  hasRoute: (route: string) => boolean;
}): Promise<Scenario[]> {
  const middle = `archive-event-${Math.ceil(events / 2)}`;
  const response = await fetch(`${origin}/api/events/${middle}`);
  if (!response.ok)
    throw new Error(`the archive has no event ${middle} (GET /api/events/${middle} answered ${response.status})`);
  const event: { id: number; startsAt: string } = await response.json();
  const cursor = encodeCursor({ startsAt: event.startsAt, id: event.id });
  const people: { items: { slug: string }[] } = await (await fetch(`${origin}/api/people`)).json();
  const person = people.items[Math.floor(people.items.length / 2)]?.slug ?? 'none';
  const q = (words: string) => encodeURIComponent(words);
  const json = (name: string, path: string, group: Group = 'json'): Scenario => ({
    name,
    group,
    path,
    against: 'json',
  });
  const page = (name: string, path: string, route: string): Scenario =>
    hasRoute(route)
      ? { name, group: 'page', path, against: 'page' }
      : { name, group: 'page', path, against: 'page', unavailable: `not available: this build has no ${route} page` };
  return [
    { name: "Parley's own constant JSON route", group: 'overhead', path: '/api/bench/floor', against: 'json' },
    { name: "Parley's own static page", group: 'overhead', path: '/bench/static', against: 'page' },
    json('/api/events (first page, no filter)', '/api/events'),
    json('/api/events?party=united-states', '/api/events?party=united-states'),
    json('/api/events?party=united-states&topic=ceasefire', '/api/events?party=united-states&topic=ceasefire'),
    json('/api/events?from=2020-01-01&to=2020-03-01', '/api/events?from=2020-01-01&to=2020-03-01'),
    json(`/api/events?q=${COMMON_WORD} (in every event)`, `/api/events?q=${q(COMMON_WORD)}`, 'search'),
    json(`/api/events?q=${RARE_WORDS} (rare)`, `/api/events?q=${q(RARE_WORDS)}`, 'search'),
    json('/api/events?cursor=… (deep page, mid-archive)', `/api/events?cursor=${cursor}`),
    json('/api/events/{slug}', `/api/events/${middle}`),
    json('/api/events/facets', '/api/events/facets'),
    json('/api/people', '/api/people'),
    json('/api/claims?topic=ceasefire', '/api/claims?topic=ceasefire'),
    json('/api/claims?topic=ceasefire&party=russia', '/api/claims?topic=ceasefire&party=russia'),
    json('/api/events/{slug}/readouts', `/api/events/${middle}/readouts`),
    page('/ (HTML)', '/', '/timeline/[view]'),
    page('/events/{slug} (HTML)', `/events/${middle}`, '/events/[slug]'),
    page('/people/{slug} (HTML)', `/people/${person}`, '/people/[slug]'),
    page('/parties/{slug} (HTML)', '/parties/united-states', '/parties/[slug]'),
  ];
}
