// What the bench reads. Generated archives name their events archive-event-1 … in time order,
// so the middle one gives a deep cursor and a detail page without the bench opening the
// database: everything is asked of the server, as a reader would.
import { encodeCursor } from '@/db/cursor';
import type { Group } from './report';

export type Scenario = { name: string; group: Group; path: string; unavailable?: string };

/** A word in every generated event, and two that meet in about one event in a thousand. */
export const COMMON_WORD = 'officials';
export const RARE_WORDS = 'havana demining';

export async function readScenarios({ origin, events, hasEventPage }: { origin: string; events: number; hasEventPage: boolean }): Promise<Scenario[]> {
  const middle = `archive-event-${Math.ceil(events / 2)}`;
  const response = await fetch(`${origin}/api/events/${middle}`);
  if (!response.ok) throw new Error(`the archive has no event ${middle} (GET /api/events/${middle} answered ${response.status})`);
  const event: { id: number; startsAt: string } = await response.json();
  const cursor = encodeCursor({ startsAt: event.startsAt, id: event.id });
  const q = (words: string) => encodeURIComponent(words);
  return [
    { name: '/api/events (first page, no filter)', group: 'json', path: '/api/events' },
    { name: '/api/events?party=united-states', group: 'json', path: '/api/events?party=united-states' },
    { name: '/api/events?party=united-states&topic=ceasefire', group: 'json', path: '/api/events?party=united-states&topic=ceasefire' },
    { name: '/api/events?from=2020-01-01&to=2020-03-01', group: 'json', path: '/api/events?from=2020-01-01&to=2020-03-01' },
    { name: `/api/events?q=${COMMON_WORD} (in every event)`, group: 'search', path: `/api/events?q=${q(COMMON_WORD)}` },
    { name: `/api/events?q=${RARE_WORDS} (rare)`, group: 'search', path: `/api/events?q=${q(RARE_WORDS)}` },
    { name: '/api/events?cursor=… (deep page, mid-archive)', group: 'json', path: `/api/events?cursor=${cursor}` },
    { name: '/api/events/{slug}', group: 'json', path: `/api/events/${middle}` },
    { name: '/api/people', group: 'json', path: '/api/people' },
    { name: '/api/claims?topic=ceasefire', group: 'json', path: '/api/claims?topic=ceasefire' },
    { name: '/api/claims?topic=ceasefire&party=russia', group: 'json', path: '/api/claims?topic=ceasefire&party=russia' },
    { name: '/api/events/{slug}/readouts', group: 'json', path: `/api/events/${middle}/readouts` },
    { name: '/ (HTML)', group: 'page', path: '/' },
    hasEventPage
      ? { name: '/events/{slug} (HTML)', group: 'page', path: `/events/${middle}` }
      : { name: '/events/{slug} (HTML)', group: 'page', path: `/events/${middle}`, unavailable: 'not available: this build has no /events/[slug] page' },
  ];
}
