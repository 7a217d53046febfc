import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '@/db/enums';
import {
  EMPTY_FILTERS,
  filtersToSearchParams,
  hasFilters,
  normalizeFilters,
  sameFilters,
  searchParamsToFilters,
} from '@/lib/query/timeline-filters';
import { lenientEventQuery } from '@/lib/validation/filters';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const filtersArb = fc.record({
  party: fc.array(slug, { maxLength: 4 }),
  topic: fc.array(slug, { maxLength: 4 }),
  person: fc.array(slug, { maxLength: 4 }),
  kind: fc.subarray([...EVENT_KINDS]),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  q: fc.string({ maxLength: 40 }),
});

describe('timeline filters in the browser', () => {
  it('normalise to one key whatever the order or repetition of choices', () => {
    const a = normalizeFilters({ party: ['ukraine', 'russia', 'russia'], q: '  Black Sea ' });
    const b = normalizeFilters({ party: ['russia', 'ukraine'], q: 'Black Sea' });
    expect(a).toEqual(b);
    expect(a.party).toEqual(['russia', 'ukraine']);
  });

  it('drop kinds that do not exist', () => {
    expect(normalizeFilters({ kind: ['agreement', 'battle' as never] }).kind).toEqual(['agreement']);
  });

  it('write a short URL: lists comma-separated, empty filters left out', () => {
    expect(
      filtersToSearchParams(
        normalizeFilters({ party: ['russia'], topic: ['black-sea-shipping', 'ceasefire'] }),
      ).toString(),
    ).toBe('party=russia&topic=black-sea-shipping%2Cceasefire');
    expect(filtersToSearchParams(EMPTY_FILTERS).toString()).toBe('');
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters(normalizeFilters({ from: '2025-03-01' }))).toBe(true);
  });

  it('read back exactly what they wrote', () => {
    fc.assert(
      fc.property(filtersArb, (input) => {
        const filters = normalizeFilters(input);
        expect(searchParamsToFilters(filtersToSearchParams(filters))).toEqual(filters);
      }),
    );
  });

  it('mean the same to the server as to the browser, so the prefetched key is the fetched one', () => {
    fc.assert(
      fc.property(filtersArb, (input) => {
        const filters = normalizeFilters({ ...input, q: input.q.replace(/,/g, ' ').slice(0, 200) });
        const server = lenientEventQuery(filtersToSearchParams(filters));
        expect(server.party).toEqual(filters.party);
        expect(server.topic).toEqual(filters.topic);
        expect(server.kind).toEqual(filters.kind);
        expect(server.q ?? '').toBe(filters.q);
      }),
    );
  });

  it('tell a view with a dropped value from the same view', () => {
    const raw = searchParamsToFilters(new URLSearchParams('party=russia,Bad!&kind=battle'));
    const valid = normalizeFilters({ party: lenientEventQuery(new URLSearchParams('party=russia,Bad!')).party });
    expect(sameFilters(raw, valid)).toBe(false);
    expect(
      sameFilters(
        searchParamsToFilters(new URLSearchParams('party=ukraine,russia')),
        normalizeFilters({ party: ['russia', 'ukraine'] }),
      ),
    ).toBe(true);
  });
});
