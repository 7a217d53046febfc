import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from '../helpers/accounts';
import { mintTokens } from '../helpers/api-tokens';

// Ajv 8, which validates JSON Schema 2020-12 (OpenAPI 3.1's dialect), comes with the OpenAPI
// validator; the top-level `ajv` is ESLint's Ajv 6.
const fromValidator = createRequire(
  createRequire(path.join(process.cwd(), 'package.json')).resolve('@seriousme/openapi-schema-validator'),
);
const { default: Ajv2020 } = fromValidator('ajv/dist/2020') as { default: new (options: object) => AjvInstance };
type AjvInstance = {
  addSchema(schema: object, key: string): void;
  validate(schema: object, data: unknown): boolean;
  errors?: unknown[] | null;
};

type Document = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
};

/** A real request for every path the document lists, and one answer each that is not 200. */
const SAMPLES: Record<string, string[]> = {
  '/api/events': [
    '/api/events',
    '/api/events?party=russia&limit=2',
    '/api/events?q=ceasefire',
    '/api/events?asOf=2099-01-01&party=russia&q=talks',
  ],
  '/api/events/{key}': [
    '/api/events/ukraine-us-talks-riyadh-2025-03-23',
    '/api/events/1',
    '/api/events/1?asOf=2099-01-01T12:00%2B02:00',
  ],
  '/api/events/facets': [
    '/api/events/facets',
    '/api/events/facets?party=russia&from=2025-03-01',
    '/api/events/facets?asOf=2099-01-01&topic=ceasefire',
  ],
  '/api/changes': ['/api/changes', '/api/changes?since=2025-01-01&until=2099-01-01&party=russia'],
  '/feeds/changes.atom': ['/feeds/changes.atom?since=2025-01-01&until=2099-01-01'],
  '/api/events/bins': [
    '/api/events/bins',
    '/api/events/bins?party=russia,ukraine&from=2025-03-23&to=2025-03-24&bins=24',
  ],
  '/api/bench/floor': ['/api/bench/floor'],
  '/api/parties': ['/api/parties'],
  '/api/people': ['/api/people'],
  '/api/topics': ['/api/topics'],
  '/api/viewer': ['/api/viewer'],
  '/api/sources': ['/api/sources'],
  '/api/locations': ['/api/locations'],
  '/api/parties/{key}': ['/api/parties/ukraine', '/api/parties/1'],
  '/api/people/{key}': ['/api/people/rustem-umerov'],
  '/api/topics/{key}': ['/api/topics/ceasefire'],
  '/api/locations/{key}': ['/api/locations/riyadh'],
  '/api/sources/{key}': ['/api/sources/nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks'],
  '/api/positions': ['/api/positions', '/api/positions?party=russia'],
  '/api/claims': [
    '/api/claims',
    '/api/claims?party=russia&topic=nato-membership&limit=1',
    '/api/claims?asOf=2099-01-01&party=russia&order=newest',
  ],
  '/api/commitments': ['/api/commitments', '/api/commitments?party=russia&status=agreed_in_principle&limit=1'],
  '/api/commitments/{key}': ['/api/commitments/energy-strikes-partial-truce'],
  '/api/events/{key}/readouts': ['/api/events/riyadh-talks-march-2025/readouts'],
  '/api/exports/events.csv': ['/api/exports/events.csv?party=russia'],
  '/api/exports/events.json': ['/api/exports/events.json', '/api/exports/events.json?topic=ceasefire'],
  '/api/exports/events.ics': ['/api/exports/events.ics'],
  '/feeds/events.ics': ['/feeds/events.ics?party=russia'],
  '/feeds/events.atom': ['/feeds/events.atom?topic=ceasefire'],
  '/api/openapi.json': ['/api/openapi.json'],
  '/og/timeline': ['/og/timeline?party=russia,united-states&partyMatch=all'],
};
const ERRORS: [string, number][] = [
  ['/api/events?limit=0', 400],
  ['/api/events?asOf=2025-02-30', 400],
  ['/api/changes?since=2025-03-25&until=2025-03-24', 400],
  ['/api/events/no-such-event', 404],
  ['/api/people/no-such-person', 404],
  ['/api/exports/events.csv?party=atlantis', 400],
  ['/feeds/events.atom?kind=battle', 400],
  ['/api/positions?party=atlantis', 400],
];

test.describe('the API answers as its OpenAPI document says', () => {
  let document: Document;
  let ajv: AjvInstance;

  test.beforeAll(async ({ request }) => {
    const response = await request.get('/api/openapi.json');
    expect(response.status()).toBe(200);
    document = await response.json();
    ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(document, 'openapi.json');
  });

  test('every documented path that answers GET has sample requests here', () => {
    // Paths with only writes are exercised by the authorisation matrix and the write tests.
    expect(Object.keys(SAMPLES).sort()).toEqual(
      Object.keys(document.paths)
        .filter((path) => document.paths[path].get)
        .sort(),
    );
  });

  for (const [pathTemplate, urls] of Object.entries(SAMPLES)) {
    for (const url of urls) {
      test(`GET ${url} matches the schema of ${pathTemplate}`, async ({ request }) => {
        const response = await request.get(url);
        expect(response.status()).toBe(200);
        const documented = document.paths[pathTemplate].get.responses['200'].content!;
        const type = response.headers()['content-type'].split(';')[0];
        expect(Object.keys(documented)).toContain(type);
        const ref = (documented[type].schema as { $ref?: string }).$ref;
        if (!ref) return;
        const valid = ajv.validate({ $ref: `openapi.json${ref}` }, await response.json());
        expect(ajv.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
      });
    }
  }

  for (const [url, status] of ERRORS) {
    test(`GET ${url} answers ${status} with the Error schema`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(status);
      expect(ajv.validate({ $ref: 'openapi.json#/components/schemas/Error' }, await response.json())).toBe(true);
    });
  }
});

test('a body over the limit is refused with 413 and a JSON error that says the limit', async ({ request }) => {
  // The role is checked before the body is read, so only an analyst learns of the limit.
  const [{ token }] = mintTokens([{ email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst' }]);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const response = await request.post('/api/events', { data: 'x'.repeat(1024 * 1024 + 1), headers });
  expect(response.status()).toBe(413);
  const body = await response.json();
  expect(body).toMatchObject({ code: 'payload_too_large' });
  expect(body.error).toContain('1 MB');
});

test('the API reference page renders the document', async ({ request }) => {
  const response = await request.get('/api-docs');
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const text of ['/api/events', '/feeds/events.atom', 'EventDetail', '/api/openapi.json'])
    expect(html).toContain(text);
});
