import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/db/cursor';
import { InvalidCursorError } from '@/db/errors';
import { lenientEventQuery, parseEventQuery, toEventFilters } from '@/lib/validation/filters';

describe('cursors', () => {
  it('round-trip the sort key of the last row', () => {
    const cursor = { startsAt: '2025-03-23T15:30:00.000Z', id: 7 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    'abc',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('["2025-03-23T15:30:00.000Z",-1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('reject the forged cursor %j', (forged) => {
    expect(() => decodeCursor(forged)).toThrow(InvalidCursorError);
  });

  it('reject any string that is not one they issued, without throwing anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          decodeCursor(text);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidCursorError);
        }
      }),
    );
  });
});

describe('event filters from a query string', () => {
  const parse = (query: string) => parseEventQuery(new URLSearchParams(query));

  it('read repeated and comma-separated values as lists', () => {
    const result = parse('party=russia&party=ukraine&topic=ceasefire,black-sea-shipping&kind=agreement');
    expect(result.success && result.data).toMatchObject({
      party: ['russia', 'ukraine'],
      topic: ['ceasefire', 'black-sea-shipping'],
      kind: ['agreement'],
      limit: 50,
    });
  });

  it('keep dates as calendar days, to be met by each event’s local days, and instants in UTC', () => {
    const result = parse('from=2025-03-23&to=2025-03-23');
    expect(result.success && toEventFilters(result.data)).toMatchObject({ from: '2025-03-23', to: '2025-03-23' });
    const instants = parse('from=2025-03-23T12:00:00%2B03:00&to=2025-03-24T00:00:00Z');
    expect(instants.success && toEventFilters(instants.data)).toMatchObject({
      from: '2025-03-23T09:00:00.000Z',
      to: '2025-03-24T00:00:00.000Z',
    });
  });

  it.each([
    ['party=Russia!', 'party.0'],
    ['kind=battle', 'kind.0'],
    ['from=2025-02-30', 'from'],
    ['from=yesterday', 'from'],
    ['from=%20&to=%20', 'from'],
    ['from=2025-03-24&to=2025-03-23', 'to'],
    ['limit=0', 'limit'],
    ['limit=-5', 'limit'],
    ['limit=1e9', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=forged', 'cursor'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=a&q=b', 'q'],
  ])('reject %s naming %s', (query, field) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('let pages keep the good values of a partly bad URL', () => {
    expect(lenientEventQuery(new URLSearchParams('party=russia&limit=oops&kind=battle'))).toMatchObject({
      party: ['russia'],
      kind: [],
      limit: 50,
    });
  });
});
