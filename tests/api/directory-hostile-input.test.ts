// Generated junk against the directory's URL filters and the positions API: the directory page
// always renders (bad filters are dropped), the API answers 200 or a 400 naming `party`.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '\u0000',
    '%ff%fe',
    'united-states',
    'head_of_delegation',
    'name',
    'people',
    '../../etc/passwd',
  ),
);
const pairs = fc.array(fc.tuple(fc.constantFrom('q', 'party', 'role', 'event', 'show', 'sort', 'unknown'), junk), {
  maxLength: 6,
});
const encode = (list: [string, string][]) =>
  list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

test('the directory renders for any query string, never with a stack trace', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(pairs, async (list) => {
      const response = await request.get(`/participants?${encode(list)}`);
      const text = await response.text();
      expect(response.status(), encode(list)).toBe(200);
      expect(text).toContain('<h1');
      expect(text).not.toMatch(/node_modules|\/work\/|at [\w.<>]+ \(/);
    }),
    { numRuns: 60 },
  );
});

test('GET /api/positions answers 200 or a 400 naming party, never a 500', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.array(junk, { maxLength: 2 }), async (values) => {
      const query = values.map((v) => `party=${encodeURIComponent(v)}`).join('&');
      const response = await request.get(`/api/positions?${query}`);
      const body = await response.json();
      expect([200, 400], `${query} → ${response.status()}`).toContain(response.status());
      if (response.status() === 400) expect(Object.keys(body.fields)).toEqual(['party']);
    }),
    { numRuns: 60 },
  );
});
