// Commitments through the write API: created at a session with its first status, changed in
// stages through the status endpoint (each dated and sourced, each a version), a party's claim
// shown beside the reported status, edited, deleted; and bad input answered with a 400 naming
// the field.
import { expect, test, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { storageStateFor, unique } from '../helpers/accounts';

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
type Commitment = {
  id: number;
  slug: string;
  version: number;
  status: string;
  deadlineAt: string | null;
  statusHistory: { status: string; claimedBy: { slug: string } | null }[];
  disputed: { party: { slug: string }; status: string }[];
};

test.use({ storageState: storageStateFor('analyst') });

async function post(request: APIRequestContext, path: string, data: Record<string, unknown>) {
  const response = await request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test('a prisoner exchange agreed at a session, implemented in stages, with a party’s claim beside the reported status', async ({
  request,
}) => {
  const created = await post(request, '/api/commitments', {
    text: unique('Exchange 1,000 prisoners each'),
    quantity: 1000,
    unit: 'prisoners',
    event: 'ukraine-us-talks-riyadh-2025-03-23',
    parties: ['russia', 'ukraine'],
    timeZone: 'Europe/Istanbul',
    deadlineAt: '2026-06-02T12:00',
    statusHistory: [{ status: 'agreed', at: '2025-03-23T17:30', source: SOURCE }],
  });
  expect(created).toMatchObject({ version: 1, status: 'agreed', deadlineAt: '2026-06-02T09:00:00.000Z' });

  const stage = (version: number, status: string, at: string, extra: Record<string, unknown> = {}) =>
    post(request, `/api/commitments/${created.slug}/status`, { version, status, at, source: SOURCE, ...extra });
  const partly: Commitment = await stage(1, 'partly_implemented', '2025-04-01');
  expect(partly).toMatchObject({ version: 2, status: 'partly_implemented' });
  const stale = await request.post(`/api/commitments/${created.slug}/status`, {
    data: { version: 1, status: 'implemented', at: '2025-04-10', source: SOURCE },
  });
  expect(stale.status()).toBe(409);
  const claimed: Commitment = await stage(2, 'violated', '2025-04-05', { claimedBy: 'ukraine' });
  expect(claimed.status).toBe('partly_implemented');
  expect(claimed.disputed).toEqual([
    expect.objectContaining({ party: expect.objectContaining({ slug: 'ukraine' }), status: 'violated' }),
  ]);
  const done: Commitment = await stage(3, 'implemented', '2025-04-10');
  expect(done.statusHistory.map((change) => change.status)).toEqual([
    'agreed',
    'partly_implemented',
    'violated',
    'implemented',
  ]);

  const listed = await (
    await request.get('/api/commitments?status=implemented&party=ukraine&due_after=2026-06-01')
  ).json();
  expect(listed.items.map((item: Commitment) => item.slug)).toContain(created.slug);

  const edited = await request.patch(`/api/commitments/${created.slug}`, {
    data: {
      version: 4,
      text: unique('Exchange 1,000 prisoners of war each'),
      parties: ['russia', 'ukraine'],
      timeZone: 'Europe/Istanbul',
      deadlineAt: '2026-06-02T12:00',
    },
  });
  expect(edited.status(), await edited.text()).toBe(200);
  expect(await edited.json()).toMatchObject({ version: 5, status: 'implemented' });

  const calendar = new ICAL.Component(
    ICAL.parse(await (await request.get('/api/exports/events.ics?party=ukraine')).text()),
  );
  const deadline = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .find((entry) => entry.uid === `commitment-${created.slug}-deadline@parley`)!;
  expect(deadline.startDate.zone.tzid).toBe('Europe/Istanbul');
  expect(deadline.startDate.toJSDate().toISOString()).toBe('2026-06-02T09:00:00.000Z');
  const atom = await (await request.get('/feeds/events.atom?party=ukraine')).text();
  expect(atom).toContain(`tag:parley,2025:commitment/${created.slug}/status/`);

  expect((await request.delete(`/api/commitments/${created.slug}?version=5`)).status()).toBe(204);
  expect((await request.get(`/api/commitments/${created.slug}`)).status()).toBe(404);
});

for (const [label, path, body, field] of [
  ['no party', '/api/commitments', { text: 'x', parties: [], timeZone: 'Europe/Kyiv' }, 'parties'],
  [
    'a deadline that is no date',
    '/api/commitments',
    { text: 'x', parties: ['russia'], timeZone: 'Europe/Kyiv', deadlineAt: 'soon' },
    'deadlineAt',
  ],
  ['an unknown party', '/api/commitments', { text: 'x', parties: ['atlantis'], timeZone: 'Europe/Kyiv' }, 'parties.0'],
  [
    'a status without a source',
    '/api/commitments',
    {
      text: 'x',
      parties: ['russia'],
      timeZone: 'Europe/Kyiv',
      statusHistory: [{ status: 'agreed', at: '2025-03-23' }],
    },
    'statusHistory.0.source',
  ],
  [
    'a claim by a party that does not commit',
    '/api/commitments',
    {
      text: 'x',
      parties: ['russia'],
      timeZone: 'Europe/Kyiv',
      statusHistory: [{ status: 'violated', at: '2025-03-23', source: SOURCE, claimedBy: 'ukraine' }],
    },
    'statusHistory.0.claimedBy',
  ],
  [
    'a status change without a date',
    '/api/commitments/energy-strikes-partial-truce/status',
    { version: 1, status: 'lapsed', source: SOURCE },
    'at',
  ],
  [
    'an unknown status',
    '/api/commitments/energy-strikes-partial-truce/status',
    { version: 1, status: 'kept', at: '2025-04-01', source: SOURCE },
    'status',
  ],
] as const) {
  test(`${label} is a 400 naming ${field}`, async ({ request }) => {
    const response = await request.post(path, { data: body });
    expect(response.status(), await response.text()).toBe(400);
    expect(Object.keys((await response.json()).fields)).toContain(field);
  });
}

test('a reader without a session cannot add a status', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.post('/api/commitments/energy-strikes-partial-truce/status', {
    data: { version: 1, status: 'lapsed', at: '2025-04-01', source: SOURCE },
  });
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
