// Generated junk against every read endpoint: each answer is a 2xx or a 4xx with a JSON error
// that names a field, never a 500, never a stack trace.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';

const RUNS = 150;

const junk = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    'NEAR("a" "b")',
    'title:*',
    '<script>alert(1)</script>',
    '\u0000',
    '%00',
    '%ff%fe',
    '-1',
    '1e309',
    '9999999999999999999999',
    '2025-02-30',
    '0000-00-00',
    'null',
    '[]',
    '{"a":1}',
    '../../etc/passwd',
    'Europe/Nowhere',
  ),
);
const keys = fc.constantFrom('party', 'topic', 'person', 'kind', 'from', 'to', 'q', 'limit', 'cursor', 'unknown');
const query = fc.array(fc.tuple(keys, junk), { maxLength: 6 });

function encode(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

async function expectCleanAnswer(response: { status(): number; text(): Promise<string> }, label: string) {
  const status = response.status();
  const text = await response.text();
  expect(status, `${label} → ${status} ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(text).not.toMatch(/node_modules|\/work\/|at [\w.<>]+ \(/);
  if (status >= 400) {
    const body = JSON.parse(text);
    expect(typeof body.error).toBe('string');
  }
}

test(`GET /api/events with ${RUNS} generated query strings`, async ({ request }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(query, async (pairs) => {
      const qs = encode(pairs);
      const response = await request.get(`/api/events?${qs}`);
      await expectCleanAnswer(response, qs);
      if (response.status() === 400) expect(Object.keys((await response.json()).fields ?? {})).not.toHaveLength(0);
    }),
    { numRuns: RUNS },
  );
});

test(`GET /api/events/{key} with ${RUNS} generated keys`, async ({ request }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(junk, async (key) => {
      const response = await request.get(`/api/events/${encodeURIComponent(key)}`);
      await expectCleanAnswer(response, key);
      expect([200, 400, 404]).toContain(response.status());
    }),
    { numRuns: RUNS },
  );
});

test('raw, undecodable and oversized URLs are refused cleanly', async ({ request }) => {
  for (const path of [
    '/api/events?q=%E0%A4%A',
    '/api/events?party=%C0%AF',
    `/api/events?q=${'a'.repeat(8000)}`,
    '/api/events/%00',
    '/api/events?limit=-99999999999999999999',
  ]) {
    const response = await request.get(path);
    await expectCleanAnswer(response, path);
  }
});

for (const path of ['/api/parties', '/api/people', '/api/topics', '/api/sources']) {
  test(`${path} ignores junk parameters`, async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        const response = await request.get(`${path}?${encode(pairs)}`);
        await expectCleanAnswer(response, path);
        expect(response.status()).toBe(200);
      }),
      { numRuns: 30 },
    );
  });
}

test('a path whose percent-encoding does not decode is a 400 with the JSON error and the security headers, for every route and method', async ({
  request,
}) => {
  const paths = [
    '/api/events/%FF',
    '/api/parties/%FF',
    '/api/people/%E0%A4%A',
    '/api/topics/%C0',
    '/api/sources/%FF',
    '/events/%FF',
    '/people/%FF',
    '/parties/%FF',
    '/timeline/%FF',
    '/topics/%FF/edit',
  ];
  for (const path of paths) {
    for (const method of ['get', 'patch', 'delete'] as const) {
      const response = await request[method](path, method === 'get' ? {} : { data: { version: 1 } });
      expect(response.status(), `${method} ${path}`).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'bad_request', fields: { path: expect.any(String) } });
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
  }
});
