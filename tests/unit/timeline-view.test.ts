import { describe, expect, it } from 'vitest';
import { timelineViewPath, viewQuery } from '@/lib/timeline-view';

const segment = (search: string) => timelineViewPath(search).slice('/timeline/'.length);

describe('a timeline view in the path', () => {
  it.each(['', 'party=russia&topic=ceasefire', 'q=a%26b', 'q=%22Black+Sea%22+%E2%80%93+M%C3%A9heut', 'q=100%25'])('comes back as the query %j it was made from', (query) => {
    expect(viewQuery(segment(query))).toBe(query);
    expect(viewQuery(segment(`?${query}`))).toBe(query);
  });

  it('is one path segment that URL decoding leaves alone', () => {
    const view = segment('q=a%26b/c?d#e');
    expect(view).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeURIComponent(view)).toBe(view);
  });
});
