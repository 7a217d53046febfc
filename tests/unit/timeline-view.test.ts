import { describe, expect, it } from 'vitest';
import { timelineViewPath, viewAddress, viewQuery } from '@/lib/timeline-view';

const segment = (search: string) => timelineViewPath(search).slice('/timeline/'.length);

describe('a timeline view in the path', () => {
  it.each(['', 'party=russia&topic=ceasefire', 'q=a%26b', 'q=%22Black+Sea%22+%E2%80%93+M%C3%A9heut', 'q=100%25'])(
    'comes back as the query %j it was made from',
    (query) => {
      expect(viewQuery(segment(query))).toBe(query);
      expect(viewQuery(segment(`?${query}`))).toBe(query);
    },
  );

  it('is one path segment that URL decoding leaves alone', () => {
    const view = segment('q=a%26b/c?d#e');
    expect(view).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeURIComponent(view)).toBe(view);
  });

  it('gives back the reader’s address for an internal path, with any query typed after it', () => {
    expect(viewAddress(timelineViewPath('party=russia'), '')).toBe('/?party=russia');
    expect(viewAddress(timelineViewPath('q=a%26b'), '?topic=ceasefire')).toBe('/?q=a%26b&topic=ceasefire');
    expect(viewAddress('/timeline/-', '')).toBe('/');
    expect(viewAddress('/timeline/-', '?kind=attack')).toBe('/?kind=attack');
    expect(viewAddress('/timeline', '')).toBe('/');
  });
});
