// Claims and points through the write API, and what the read API makes of them: a fixture
// session with two parties' readouts, compared point by point, with omissions computed.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

type Claim = { id: number; slug: string; version: number };
type Readouts = {
  event: { slug: string };
  readouts: { source: { slug: string; kind: string }; party: { slug: string }; claims: { slug: string }[] }[];
  points: {
    slug: string;
    label: string;
    alignment: string;
    omittedBy: string[];
    topics: { slug: string }[];
    claims: {
      slug: string;
      party: { slug: string };
      kind: string;
      text: string;
      quote: { exact: string; prefix: string; suffix: string };
      source: { slug: string };
    }[];
  }[];
};

test.use({ storageState: storageStateFor('analyst') });

async function created<T>(request: APIRequestContext, path: string, data: Record<string, unknown>): Promise<T> {
  const response = await request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test('two readouts of one session, compared point by point through the API', async ({ request }) => {
  const session = await created<{ slug: string }>(request, '/api/events', {
    kind: 'talks_session',
    title: unique('Black Sea technical talks'),
    startsAt: '2025-03-25T10:00',
    timeZone: 'Asia/Riyadh',
    precision: 'minute',
    status: 'held',
  });
  const usReadout = await created<{ slug: string; kind: string; party: string }>(request, '/api/sources', {
    title: unique('White House readout'),
    publisher: 'The White House',
    kind: 'readout',
    party: 'united-states',
  });
  expect(usReadout).toMatchObject({ kind: 'readout', party: 'united-states' });
  const ruReadout = await created<{ slug: string }>(request, '/api/sources', {
    title: unique('Kremlin readout'),
    publisher: 'The Kremlin',
    kind: 'readout',
    party: 'russia',
  });

  const claim = (party: string, source: string, exact: string, extra: Record<string, unknown> = {}) => ({
    event: session.slug,
    party,
    source,
    kind: 'assertion',
    quote: { exact, prefix: 'The sides agreed to ', suffix: '.' },
    topics: ['energy-infrastructure'],
    attribution: 'official_readout',
    confidence: 'high',
    ...extra,
  });
  const usEnergy = await created<Claim>(
    request,
    '/api/claims',
    claim('united-states', usReadout.slug, 'ban strikes against energy facilities'),
  );
  const ruEnergy = await created<Claim>(
    request,
    '/api/claims',
    claim('russia', ruReadout.slug, 'a moratorium on strikes on energy infrastructure'),
  );
  const ruSea = await created<Claim>(
    request,
    '/api/claims',
    claim('russia', ruReadout.slug, 'safe navigation once sanctions on farm exports are lifted', {
      kind: 'demand',
      topics: ['black-sea-shipping'],
    }),
  );
  const usSea = await created<Claim>(
    request,
    '/api/claims',
    claim('united-states', usReadout.slug, 'ensure safe navigation in the Black Sea', {
      kind: 'commitment',
      topics: ['black-sea-shipping'],
    }),
  );

  const scope = await created<{ slug: string; version: number }>(request, '/api/points', {
    event: session.slug,
    label: 'Scope of the strike moratorium',
    alignment: 'diverges',
    topics: ['energy-infrastructure'],
    claims: [usEnergy.slug, ruEnergy.slug],
  });
  await created(request, '/api/points', {
    event: session.slug,
    label: 'Black Sea navigation',
    alignment: 'conditional',
    topics: ['black-sea-shipping'],
    claims: [usSea.slug, ruSea.slug],
  });

  const answer: Readouts = await (await request.get(`/api/events/${session.slug}/readouts`)).json();
  expect(answer.event.slug).toBe(session.slug);
  expect(answer.readouts.map((r) => [r.party.slug, r.source.kind, r.claims.length]).sort()).toEqual([
    ['russia', 'readout', 2],
    ['united-states', 'readout', 2],
  ]);
  expect(answer.points.map((p) => [p.label, p.alignment, p.omittedBy])).toEqual([
    ['Scope of the strike moratorium', 'diverges', []],
    ['Black Sea navigation', 'conditional', []],
  ]);
  expect(answer.points[1].claims.map((c) => [c.party.slug, c.kind])).toEqual([
    ['united-states', 'commitment'],
    ['russia', 'demand'],
  ]);
  expect(answer.points[1].claims[1]).toMatchObject({
    text: 'safe navigation once sanctions on farm exports are lifted',
    quote: { prefix: 'The sides agreed to ', suffix: '.' },
    source: { slug: ruReadout.slug },
  });

  // Russia's readout no longer says anything on the scope: Russia omits it.
  expect((await request.delete(`/api/claims/${ruEnergy.slug}?version=1`)).status()).toBe(204);
  const after: Readouts = await (await request.get(`/api/events/${session.slug}/readouts`)).json();
  expect(after.points[0]).toMatchObject({ slug: scope.slug, omittedBy: ['russia'], claims: [{ slug: usEnergy.slug }] });

  // Claims list: filtered to the session, by topic, kind and party, searched, and paged.
  const list = async (query: string) =>
    (await (await request.get(`/api/claims?event=${session.slug}&${query}`)).json()) as {
      items: { slug: string }[];
      nextCursor: string | null;
    };
  expect((await list('topic=black-sea-shipping')).items.map((c) => c.slug)).toEqual([ruSea.slug, usSea.slug]);
  expect((await list('kind=demand,commitment&party=russia')).items.map((c) => c.slug)).toEqual([ruSea.slug]);
  expect((await list('q=farm%20exports')).items.map((c) => c.slug)).toEqual([ruSea.slug]);
  const first = await list('limit=2');
  expect(first.items.map((c) => c.slug)).toEqual([usEnergy.slug, ruSea.slug]);
  const second = await list(`limit=2&cursor=${first.nextCursor}`);
  expect(second).toEqual({ items: [expect.objectContaining({ slug: usSea.slug })], nextCursor: null });
});

test('claims and points: versioned updates, 409 on a stale version, 400 naming the fields', async ({ request }) => {
  const base = {
    event: 'riyadh-talks-march-2025',
    party: 'ukraine',
    source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
    kind: 'assertion',
    attribution: 'reporter',
    confidence: 'medium',
  };
  const exact = unique('a claim to edit');
  const made = await created<Claim>(request, '/api/claims', { ...base, quote: { exact } });
  expect(made).toMatchObject({ version: 1, quote: { exact, prefix: '', suffix: '' }, person: null, topics: [] });

  const edited = await request.patch(`/api/claims/${made.slug}`, {
    data: { ...base, quote: { exact }, kind: 'denial', person: 'rustem-umerov', version: 1 },
  });
  expect(edited.status()).toBe(200);
  expect(await edited.json()).toMatchObject({ version: 2, kind: 'denial', person: 'rustem-umerov' });
  const stale = await request.patch(`/api/claims/${made.id}`, { data: { ...base, quote: { exact }, version: 1 } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ code: 'conflict', fields: { version: expect.any(String) } });

  const bad = await request.post('/api/claims', {
    data: { ...base, kind: 'rumour', party: 'Not A Slug', quote: { exact: '' } },
  });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(['kind', 'party', 'quote.exact']);
  const unknown = await request.post('/api/claims', { data: { ...base, quote: { exact }, topics: ['no-such-topic'] } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).fields).toEqual({ 'topics.0': 'No record "no-such-topic"' });

  const elsewhere = await request.post('/api/points', {
    data: {
      event: 'ukraine-us-talks-riyadh-2025-03-23',
      label: unique('Wrong session'),
      alignment: 'agreed',
      claims: [made.slug],
    },
  });
  expect(elsewhere.status()).toBe(400);
  expect((await elsewhere.json()).fields).toEqual({ 'claims.0': `claim "${made.slug}" is about another event` });
  const point = await created<{ slug: string; version: number }>(request, '/api/points', {
    event: 'riyadh-talks-march-2025',
    label: unique('Point to edit'),
    alignment: 'agreed',
    claims: [made.slug],
  });
  const badAlignment = await request.patch(`/api/points/${point.slug}`, {
    data: { event: 'riyadh-talks-march-2025', label: 'x', alignment: 'maybe', version: 1 },
  });
  expect(badAlignment.status()).toBe(400);
  expect((await badAlignment.json()).fields).toHaveProperty('alignment');
  expect(
    (
      await request.patch(`/api/points/${point.slug}`, {
        data: { event: 'riyadh-talks-march-2025', label: 'Renamed', alignment: 'diverges', claims: [], version: 1 },
      })
    ).status(),
  ).toBe(200);
  expect((await request.delete(`/api/points/${point.slug}?version=1`)).status()).toBe(409);
  expect((await request.delete(`/api/points/${point.slug}?version=2`)).status()).toBe(204);
  expect((await request.delete(`/api/claims/${made.slug}?version=2`)).status()).toBe(204);

  const readout = await request.post('/api/sources', {
    data: { title: unique('Readout without a party'), publisher: 'Somebody', kind: 'readout' },
  });
  expect(readout.status()).toBe(400);
  expect((await readout.json()).fields).toEqual({ party: 'must name the party whose readout this is' });
});

test('GET /api/claims and the readouts answer 400 naming a bad parameter and 404 for an unknown session', async ({
  request,
}) => {
  for (const [query, field] of [
    ['kind=rumour', 'kind.0'],
    ['limit=0', 'limit'],
    ['topic=no-such-topic', 'topic'],
    ['event=Not%20a%20slug', 'event.0'],
    ['cursor=nonsense', 'cursor'],
  ]) {
    const response = await request.get(`/api/claims?${query}`);
    expect(response.status(), query).toBe(400);
    expect(Object.keys((await response.json()).fields), query).toEqual([field]);
  }
  const missing = await request.get('/api/events/no-such-session/readouts');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).code).toBe('not_found');
  const seeded = await (await request.get('/api/claims?party=russia&topic=nato-membership')).json();
  expect(seeded.items.map((c: { quote: { exact: string } }) => c.quote.exact)).toContain(
    'ensuring Ukraine never joins NATO',
  );
});
