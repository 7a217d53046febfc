// Hostile input for the write API and the Server Actions: generated junk (wrong types, huge
// strings, deep JSON, invalid UTF-8, null bytes, SQL and FTS syntax, markup, impossible dates,
// unknown time zones, negative and huge numbers) always gets a 4xx with a JSON error naming the
// fields at fault, never a 500. Every generated body carries at least one field that cannot be
// valid, so nothing it sends is ever stored.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { ACCOUNTS, unique } from '../helpers/accounts';
import { mintTokens } from '../helpers/api-tokens';
import { callAction } from '../helpers/server-actions';

const RUNS = 40;

const NASTY = [
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  'NEAR(ceasefire riyadh, 2) OR "unterminated',
  'title:* AND -',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'null\u0000byte',
  '\ud800 lone surrogate',
  '2025-02-30T25:61',
  '0000-00-00',
  '+275760-09-13T00:00:00Z',
  'Mars/Olympus_Mons',
  'Etc/GMT+99',
  '../../etc/passwd',
  '__proto__',
  'x'.repeat(300_000),
];

const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom(...NASTY),
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.double(),
    fc.constantFrom(-1, 0, 2 ** 53, 1e308, -1e308),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A value each kind's schema refuses for the field, whatever else the body holds. */
const poison = fc.constantFrom<unknown>(null, 12345, {}, [], '', '   ', true, 'x'.repeat(300_000));

const FIELDS: Record<string, { required: string; fields: string[] }> = {
  events: {
    required: 'title',
    fields: [
      'kind',
      'title',
      'summary',
      'startsAt',
      'endsAt',
      'timeZone',
      'precision',
      'approximate',
      'status',
      'location',
      'parties',
      'people',
      'topics',
      'citations',
      'relations',
      'statusHistory',
    ],
  },
  parties: { required: 'name', fields: ['name', 'shortName', 'kind', 'countryCode', 'description', 'aliases'] },
  people: { required: 'name', fields: ['name', 'sortName', 'aliases', 'description', 'affiliations'] },
  topics: { required: 'name', fields: ['name', 'description'] },
  sources: {
    required: 'title',
    fields: ['title', 'publisher', 'url', 'publishedOn', 'reliability', 'kind', 'party', 'authors', 'syndications'],
  },
  claims: {
    required: 'party',
    fields: [
      'event',
      'party',
      'person',
      'source',
      'kind',
      'quote',
      'paraphrase',
      'topics',
      'attribution',
      'confidence',
    ],
  },
  points: { required: 'label', fields: ['event', 'label', 'alignment', 'note', 'topics', 'claims'] },
};

function body(kind: string): fc.Arbitrary<Record<string, unknown>> {
  const { required, fields } = FIELDS[kind];
  return fc
    .tuple(
      fc.record(Object.fromEntries(fields.map((field) => [field, junk])), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 3 }),
      poison,
    )
    .map(([known, extra, bad]) => ({ ...extra, ...known, [required]: bad }));
}

/** Percent-encoding that also carries what encodeURIComponent refuses (a lone surrogate) as the bytes a client could send. */
function urlPart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** A generated path segment; "." and ".." are resolved away by the URL itself, so they name no record. */
const key = (slug: string) =>
  fc.oneof(
    fc.constant(slug),
    fc.string({ maxLength: 40 }).map((text) => (/^\.{0,2}$/.test(text) ? 'x' : urlPart(text))),
  );

async function expectFieldError(response: Awaited<ReturnType<APIRequestContext['post']>>, field?: string) {
  expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
  expect(response.headers()['content-type']).toContain('application/json');
  const answer = (await response.json()) as { fields?: Record<string, string> };
  expect(answer).toMatchObject({ error: expect.any(String), code: expect.any(String) });
  if (response.status() === 400) {
    expect(Object.keys(answer.fields ?? {}).length).toBeGreaterThan(0);
    if (field)
      expect(Object.keys(answer.fields ?? {}).some((key) => key === field || key.startsWith(`${field}.`))).toBe(true);
  }
}

let headers: Record<string, string> = {};
test.beforeAll(() => {
  const [{ token }] = mintTokens([{ email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst' }]);
  headers = { authorization: `Bearer ${token}` };
});

for (const kind of Object.keys(FIELDS)) {
  test(`POST /api/${kind}: ${RUNS} generated bodies, each a 4xx naming ${FIELDS[kind].required}`, async ({
    request,
  }) => {
    test.setTimeout(120_000);
    await fc.assert(
      fc.asyncProperty(body(kind), async (data) => {
        await expectFieldError(await request.post(`/api/${kind}`, { headers, data }), FIELDS[kind].required);
      }),
      { numRuns: RUNS },
    );
  });

  test(`PATCH and DELETE /api/${kind}/{key}: ${RUNS} generated bodies, versions and keys, each a 4xx`, async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const valid: Record<string, Record<string, unknown>> = {
      events: {
        kind: 'statement',
        title: unique('Hostile target'),
        startsAt: '2025-06-01T12:00',
        timeZone: 'Europe/Kyiv',
        precision: 'minute',
        status: 'occurred',
      },
      parties: { name: unique('Hostile target'), kind: 'organisation' },
      people: { name: unique('Hostile target') },
      topics: { name: unique('Hostile target') },
      sources: { title: unique('Hostile target'), publisher: 'Hostile' },
      claims: {
        event: 'riyadh-talks-march-2025',
        party: 'russia',
        source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
        kind: 'assertion',
        quote: { exact: unique('Hostile target') },
        attribution: 'reporter',
        confidence: 'high',
      },
      points: { event: 'riyadh-talks-march-2025', label: unique('Hostile target'), alignment: 'agreed' },
    };
    const created = await request.post(`/api/${kind}`, { headers, data: valid[kind] });
    expect(created.status()).toBe(201);
    const record = await created.json();
    await fc.assert(
      fc.asyncProperty(body(kind), junk, key(record.slug), async (data, version, segment) => {
        await expectFieldError(await request.patch(`/api/${kind}/${segment}`, { headers, data: { ...data, version } }));
        const query = urlPart((typeof version === 'string' ? version : (JSON.stringify(version) ?? '')).slice(0, 200));
        const removed = await request.delete(`/api/${kind}/${segment}?version=${query}`, { headers });
        if (removed.status() !== 204) await expectFieldError(removed);
        else expect(Number(query)).toBe(record.version);
      }),
      { numRuns: RUNS },
    );
  });
}

test('raw bodies: invalid UTF-8, null bytes, deep JSON, not JSON, too large, wrong media type', async ({ request }) => {
  const raw: { data: Buffer | string; contentType: string; status: number[] }[] = [
    {
      data: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
      contentType: 'application/json',
      status: [400],
    },
    { data: '{"name":"a\u0000b"', contentType: 'application/json', status: [400] },
    { data: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, contentType: 'application/json', status: [400] },
    { data: `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, contentType: 'application/json', status: [400] },
    { data: 'name=x&description=y', contentType: 'application/x-www-form-urlencoded', status: [415] },
    { data: '<topic><name>x</name></topic>', contentType: 'application/xml', status: [415] },
    { data: JSON.stringify({ name: 'x'.repeat(2_000_000) }), contentType: 'application/json', status: [413] },
    { data: 'null', contentType: 'application/json', status: [400] },
    { data: '[1,2,3]', contentType: 'application/json', status: [400] },
  ];
  for (const kind of Object.keys(FIELDS)) {
    for (const { data, contentType, status } of raw) {
      const response = await request.post(`/api/${kind}`, {
        headers: { ...headers, 'content-type': contentType },
        data,
      });
      expect(status, `${kind} ${contentType} ${String(data).slice(0, 40)}`).toContain(response.status());
      await expectFieldError(response);
    }
  }
});

test(`Server Actions: ${RUNS} generated argument lists each, refused without a 500 or an internal error`, async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const cookieHeaders = { ...headers, origin: baseURL! };
  const actions: [string, fc.Arbitrary<unknown[]>][] = [
    ['lib/actions/records.ts#saveEvent', fc.tuple(fc.oneof(fc.constant(null), junk), body('events'))],
    [
      'lib/actions/records.ts#saveRecord',
      fc.tuple(
        fc.oneof(
          fc.constantFrom('topic', 'party', 'person', 'source', 'location', 'position', '__proto__', 'users'),
          junk,
        ),
        fc.oneof(fc.constant(null), junk),
        body('topics'),
      ),
    ],
    [
      'lib/actions/records.ts#deleteAny',
      fc.tuple(fc.oneof(fc.constantFrom('topic', 'event', 'constructor'), junk), junk),
    ],
  ];
  for (const [action, args] of actions) {
    await fc.assert(
      fc.asyncProperty(args, async (values) => {
        const response = await callAction(request, action, values, { headers: cookieHeaders });
        const text = await response.text();
        expect(response.status(), text.slice(0, 500)).toBeLessThan(500);
        expect(text).not.toContain('Something went wrong on our side');
        expect(text).toContain('"ok":false');
      }),
      { numRuns: RUNS },
    );
  }
});

test('values a feed or export cannot carry are refused with a 400 naming the field', async ({ request }) => {
  const event = {
    kind: 'statement',
    title: unique('Unwritable'),
    startsAt: '2025-06-01T12:00',
    timeZone: 'Europe/Kyiv',
    precision: 'minute',
    status: 'occurred',
  };
  const cases: [string, Record<string, unknown>, string][] = [
    ['events', { ...event, title: 'Talks\rEND:VEVENT' }, 'title'],
    ['events', { ...event, summary: 'Ceasefire \uFFFE' }, 'summary'],
    ['events', { ...event, startsAt: '0100-03-01T12:00' }, 'startsAt'],
    [
      'events',
      { ...event, timeZone: 'Pacific/Kiritimati', precision: 'day', startsAt: '2025-06-01', endsAt: '9999-12-31' },
      'endsAt',
    ],
    ['topics', { name: 'Ceasefire\u{10FFFF}' }, 'name'],
  ];
  for (const [kind, data, field] of cases) {
    const response = await request.post(`/api/${kind}`, { headers, data });
    expect(response.status(), field).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: Record<string, string> }).fields)).toEqual([field]);
  }
});

test('an import between 10 and 20 MB is read whole; over 20 MB it is a 413 that says the limit', async ({
  request,
}) => {
  test.setTimeout(120_000);
  // A valid export with no events, padded to 15 MB: past Next's 10 MB proxy buffer, within Parley's limit.
  const within = Buffer.from(`{"items": []${' '.repeat(15 * 1024 * 1024)}}`);
  const checked = await request.post('/api/imports', {
    headers,
    multipart: { file: { name: 'big.json', mimeType: 'application/json', buffer: within }, dryRun: 'true' },
  });
  expect(checked.status(), (await checked.text()).slice(0, 200)).toBe(200);
  expect(await checked.json()).toMatchObject({ dryRun: true, committed: false, rejected: [] });

  const over = Buffer.from(`{"items": []${' '.repeat(21 * 1024 * 1024)}}`);
  const refused = await request.post('/api/imports', {
    headers,
    multipart: { file: { name: 'huge.json', mimeType: 'application/json', buffer: over }, dryRun: 'true' },
  });
  expect(refused.status()).toBe(413);
  expect(await refused.json()).toMatchObject({ code: 'payload_too_large', error: expect.stringContaining('20 MB') });
});

test('an event that lists the same party, person, topic or relation twice is a 400 naming the repeat', async ({
  request,
}) => {
  const base = {
    kind: 'statement',
    title: unique('Repeats'),
    startsAt: '2025-06-01T12:00',
    timeZone: 'Europe/Kyiv',
    precision: 'minute',
    status: 'occurred',
  };
  const repeats: [Record<string, unknown>, string][] = [
    [
      {
        parties: [
          { party: 'ukraine', role: 'delegation' },
          { party: 'ukraine', role: 'delegation' },
        ],
      },
      'parties.1.party',
    ],
    [
      {
        people: [
          { person: 'rustem-umerov', role: 'head_of_delegation' },
          { person: 'rustem-umerov', role: 'head_of_delegation' },
        ],
      },
      'people.1.person',
    ],
    [{ topics: ['ceasefire', 'ceasefire'] }, 'topics.1'],
  ];
  for (const [extra, field] of repeats) {
    const response = await request.post('/api/events', { headers, data: { ...base, ...extra } });
    expect(response.status(), field).toBe(400);
    expect((await response.json()).fields).toHaveProperty([field]);
  }
  expect((await (await request.get(`/api/events?q=${encodeURIComponent(base.title)}`)).json()).items).toEqual([]);
});
