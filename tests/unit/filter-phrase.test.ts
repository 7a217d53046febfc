import { describe, expect, it } from 'vitest';
import { filterPhrase, timelineTitle } from '@/lib/filter-phrase';
import { EMPTY_FILTERS } from '@/lib/query/timeline-filters';

const NAMES: Record<string, string> = { russia: 'Russia', 'united-states': 'United States', ceasefire: 'Ceasefire' };
const nameOf = (_key: string, slug: string) => NAMES[slug] ?? slug;

describe('a view’s filters in words, the same in the browser as on the server', () => {
  it('joins "all of" with and, "any of" with or', () => {
    const both = { ...EMPTY_FILTERS, party: ['russia', 'united-states'], partyMatch: 'all' as const };
    expect(timelineTitle(filterPhrase(both, nameOf))).toBe('Timeline: party Russia and United States');
    expect(filterPhrase({ ...both, partyMatch: 'any' }, nameOf)).toBe('party Russia or United States');
  });

  it('names every kind of filter in order, and nothing for none', () => {
    const many = {
      ...EMPTY_FILTERS,
      topic: ['ceasefire'],
      kind: ['talks_session' as const],
      from: '2025-03-01',
      q: 'grain',
    };
    expect(filterPhrase(many, nameOf)).toBe('topic Ceasefire, kind Talks session, from 2025-03-01, matching “grain”');
    expect(timelineTitle(filterPhrase(EMPTY_FILTERS, nameOf))).toBe('Timeline');
  });
});
