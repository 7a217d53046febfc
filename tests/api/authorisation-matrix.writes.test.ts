// The authorisation matrix: every write path (each write handler exported under app/api and each
// Server Action, both read from the source tree so a new one cannot be left out) × every kind of
// caller. Exactly the allowed cells succeed and change the database; every other cell gets a 401
// or 403 and changes nothing (a digest of every row that mentions the cell's unique marker,
// taken before and after).
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fs from 'node:fs';
import { ACCOUNTS, storageStateFor } from '../helpers/accounts';
import { mintTokens, type MintedToken } from '../helpers/api-tokens';
import { digestOf, disableAccount, expireSession } from '../helpers/server-database';
import { callAction, formData } from '../helpers/server-actions';
import { serverActions, writeRoutes } from '../helpers/write-paths';

const CALLERS = [
  'no session',
  'expired session',
  'revoked token',
  'disabled account’s token',
  'analyst session',
  'analyst token',
  'admin session',
  'admin token',
] as const;
type Caller = (typeof CALLERS)[number];

const ANALYSTS: Caller[] = ['analyst session', 'analyst token', 'admin session', 'admin token'];
const ADMINS: Caller[] = ['admin session', 'admin token'];
const SIGNED_IN_ADMIN: Caller[] = ['admin session'];
const SIGNED_IN: Caller[] = ['analyst session', 'admin session'];

/** Server Actions that need no role: signing in and out. */
const PUBLIC_ACTIONS = ['lib/actions/sign-in.ts#signIn', 'lib/actions/sign-in.ts#signOut'];

const run = Date.now().toString(36);
const callerHeaders = {} as Record<Caller, Record<string, string>>;
let adminToken: MintedToken;
/** Targets that need an account or a token per cell, minted in one go before the tests. */
const accountTargets = new Map<string, MintedToken>();

function cookieOf(account: keyof typeof ACCOUNTS): string {
  const state = JSON.parse(fs.readFileSync(storageStateFor(account), 'utf8')) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

const markerEmail = (marker: string) => `${marker.replace(/\W+/g, '-').toLowerCase()}@parley.test`;

type Target = { id: number; slug: string; version: number };
type Cell = {
  marker: string;
  request: APIRequestContext;
  headers: Record<string, string>;
  caller: Caller;
  target: Target;
};
/**
 * `prepare` makes what the write acts on before the "before" digest; `send` is the write itself.
 * `savesNothing`: a POST that only computes (reading a source), so even an allowed cell leaves the database as it was.
 */
type WriteCase = {
  label: string;
  allowed: Caller[];
  prepare?: (cell: Omit<Cell, 'target'>) => Promise<Target>;
  send: (cell: Cell) => Promise<APIResponse>;
  success: number;
  savesNothing?: boolean;
};

const event = (title: string) => ({
  kind: 'statement',
  title,
  startsAt: '2025-06-01T12:00',
  timeZone: 'Europe/Kyiv',
  precision: 'minute',
  status: 'occurred',
});
const bodies: Record<string, (marker: string) => Record<string, unknown>> = {
  events: (marker) => event(marker),
  parties: (marker) => ({ name: marker, kind: 'organisation' }),
  people: (marker) => ({ name: marker }),
  topics: (marker) => ({ name: marker }),
  locations: (marker) => ({ name: marker, country: 'Saudi Arabia', countryCode: 'SA', timeZone: 'Asia/Riyadh' }),
  sources: (marker) => ({ title: marker, publisher: 'Matrix' }),
  claims: (marker) => ({
    event: 'riyadh-talks-march-2025',
    party: 'russia',
    source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
    kind: 'assertion',
    quote: { exact: marker },
    attribution: 'reporter',
    confidence: 'high',
  }),
  points: (marker) => ({ event: 'riyadh-talks-march-2025', label: marker, alignment: 'agreed' }),
  commitments: (marker) => ({ text: marker, parties: ['russia', 'ukraine'], timeZone: 'Europe/Kyiv' }),
};
const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';

/** A record made by the admin's token (no browser, so no cross-site check), for PATCH and DELETE to act on. */
async function makeRecord(request: APIRequestContext, kind: string, marker: string): Promise<Target> {
  const response = await request.post(`/api/${kind}`, {
    data: bodies[kind](marker),
    headers: { authorization: `Bearer ${adminToken.token}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

function apiCases(route: string): WriteCase[] {
  const [method, path] = route.split(' ');
  const kind = path.split('/')[2];
  // better-auth's catch-all offers only sign-in and sign-out, which need no role; every other
  // endpoint of it is refused to every caller in tests/api/bypass-and-cross-site.writes.test.ts.
  if (path === '/api/auth/[...all]') return [];
  if (route === 'POST /api/imports') {
    // A one-event JSON export whose title carries the marker; a real (not dry) run.
    const file = (marker: string) => ({
      name: 'matrix.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          items: [
            { ...event(marker), slug: marker.replace(/\W+/g, '-').toLowerCase(), startsAt: '2025-06-01T09:00:00.000Z' },
          ],
        }),
      ),
    });
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 200,
        send: (cell) =>
          cell.request.post('/api/imports', {
            multipart: { file: file(cell.marker), dryRun: 'false' },
            headers: cell.headers,
          }),
      },
    ];
  }
  if (route === 'POST /api/commitments/[key]/status')
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 201,
        prepare: (cell) => makeRecord(cell.request, 'commitments', cell.marker),
        send: (cell) =>
          cell.request.post(`/api/commitments/${cell.target.slug}/status`, {
            data: {
              version: cell.target.version,
              status: 'agreed',
              at: '2025-03-23',
              source: SOURCE,
              excerpt: `${cell.marker} status`,
            },
            headers: cell.headers,
          }),
      },
    ];
  if (route === 'POST /api/extract') {
    const source = (marker: string) => ({ text: `${marker} met in Riyadh on Sunday.`, publishedAt: '2025-03-23' });
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 200,
        savesNothing: true,
        send: (cell) => cell.request.post('/api/extract', { data: source(cell.marker), headers: cell.headers }),
      },
    ];
  }
  if (!(kind in bodies)) throw new Error(`no matrix body for ${route}: add one`);
  if (method === 'POST')
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 201,
        send: (cell) => cell.request.post(`/api/${kind}`, { data: bodies[kind](cell.marker), headers: cell.headers }),
      },
    ];
  if (method === 'PATCH')
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 200,
        prepare: (cell) => makeRecord(cell.request, kind, cell.marker),
        send: (cell) =>
          cell.request.patch(`/api/${kind}/${cell.target.slug}`, {
            data: { ...bodies[kind](`${cell.marker} edited`), version: cell.target.version },
            headers: cell.headers,
          }),
      },
    ];
  if (method === 'DELETE')
    return [
      {
        label: route,
        allowed: ANALYSTS,
        success: 204,
        prepare: (cell) => makeRecord(cell.request, kind, cell.marker),
        send: (cell) =>
          cell.request.delete(`/api/${kind}/${cell.target.slug}?version=${cell.target.version}`, {
            headers: cell.headers,
          }),
      },
    ];
  throw new Error(`no matrix case for ${route}`);
}

const ACTION_CASES: Record<string, Omit<WriteCase, 'label' | 'success'>> = {
  'lib/actions/records.ts#saveEvent': {
    allowed: ANALYSTS,
    send: (cell) =>
      callAction(cell.request, 'lib/actions/records.ts#saveEvent', [null, event(cell.marker)], {
        headers: cell.headers,
      }),
  },
  'lib/actions/records.ts#saveRecord': {
    allowed: ANALYSTS,
    send: (cell) =>
      callAction(cell.request, 'lib/actions/records.ts#saveRecord', ['topic', null, { name: cell.marker }], {
        headers: cell.headers,
      }),
  },
  'lib/actions/records.ts#addTitle': {
    allowed: ANALYSTS,
    prepare: (cell) => makeRecord(cell.request, 'people', cell.marker),
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/records.ts#addTitle',
        [
          cell.target.slug,
          {
            party: 'ukraine',
            title: `${cell.marker} title`,
            kind: 'official',
            validFrom: '2025-01-01',
            validTo: '',
            citations: [],
          },
        ],
        {
          headers: cell.headers,
        },
      ),
  },
  'lib/actions/records.ts#deleteAny': {
    allowed: ANALYSTS,
    prepare: (cell) => makeRecord(cell.request, 'topics', cell.marker),
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/records.ts#deleteAny',
        ['topic', { id: cell.target.id, version: cell.target.version }],
        { headers: cell.headers },
      ),
  },
  'lib/actions/records.ts#restoreAny': {
    allowed: ADMINS,
    prepare: async (cell) => {
      const topic = await makeRecord(cell.request, 'topics', cell.marker);
      expect(
        (
          await cell.request.delete(`/api/topics/${topic.slug}?version=${topic.version}`, {
            headers: { authorization: `Bearer ${adminToken.token}` },
          })
        ).status(),
      ).toBe(204);
      return topic;
    },
    send: (cell) =>
      callAction(cell.request, 'lib/actions/records.ts#restoreAny', ['topic', cell.target.id], {
        headers: cell.headers,
      }),
  },
  'lib/actions/analysis.ts#saveClaim': {
    allowed: ANALYSTS,
    send: (cell) =>
      callAction(cell.request, 'lib/actions/analysis.ts#saveClaim', [null, bodies.claims(cell.marker)], {
        headers: cell.headers,
      }),
  },
  'lib/actions/analysis.ts#savePoint': {
    allowed: ANALYSTS,
    send: (cell) =>
      callAction(cell.request, 'lib/actions/analysis.ts#savePoint', [null, bodies.points(cell.marker)], {
        headers: cell.headers,
      }),
  },
  'lib/actions/commitments.ts#createCommitmentAction': {
    allowed: ANALYSTS,
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/commitments.ts#createCommitmentAction',
        [
          { error: null, fields: {} },
          formData({
            text: cell.marker,
            parties: 'russia',
            timeZone: 'Europe/Kyiv',
            status: 'agreed',
            statusAt: '2025-03-23',
            source: SOURCE,
          }),
        ],
        {
          headers: cell.headers,
        },
      ),
  },
  'lib/actions/commitments.ts#updateCommitmentAction': {
    allowed: ANALYSTS,
    prepare: (cell) => makeRecord(cell.request, 'commitments', cell.marker),
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/commitments.ts#updateCommitmentAction',
        [
          { error: null, fields: {} },
          formData({
            id: String(cell.target.id),
            version: String(cell.target.version),
            text: `${cell.marker} edited`,
            parties: 'russia',
            timeZone: 'Europe/Kyiv',
          }),
        ],
        {
          headers: cell.headers,
        },
      ),
  },
  'lib/actions/commitments.ts#addStatusAction': {
    allowed: ANALYSTS,
    prepare: (cell) => makeRecord(cell.request, 'commitments', cell.marker),
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/commitments.ts#addStatusAction',
        [
          { error: null, fields: {} },
          formData({
            id: String(cell.target.id),
            slug: cell.target.slug,
            version: String(cell.target.version),
            status: 'agreed',
            at: '2025-03-23',
            source: SOURCE,
            excerpt: `${cell.marker} status`,
          }),
        ],
        { headers: cell.headers },
      ),
  },
  'lib/actions/commitments.ts#sessionOutcomesAction': {
    allowed: ANALYSTS,
    prepare: (cell) => makeRecord(cell.request, 'events', cell.marker),
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/commitments.ts#sessionOutcomesAction',
        [
          { error: null, fields: {} },
          formData({
            eventId: String(cell.target.id),
            slug: cell.target.slug,
            version: String(cell.target.version),
            noAgreement: 'on',
            note: `${cell.marker} outcome`,
          }),
        ],
        { headers: cell.headers },
      ),
  },
  'lib/actions/accounts.ts#createAccountAction': {
    allowed: SIGNED_IN_ADMIN,
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/accounts.ts#createAccountAction',
        [
          { ok: false, message: null, fields: {}, values: { email: '', name: '', role: 'analyst' } },
          formData({
            email: markerEmail(cell.marker),
            name: cell.marker,
            password: 'a matrix password',
            role: 'analyst',
          }),
        ],
        { headers: cell.headers },
      ),
  },
  'lib/actions/accounts.ts#setDisabledAction': {
    allowed: SIGNED_IN_ADMIN,
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/accounts.ts#setDisabledAction',
        [accountTargets.get(`disable ${cell.caller}`)!.userId, true],
        { headers: cell.headers },
      ),
  },
  'lib/actions/api-tokens.ts#createTokenAction': {
    allowed: SIGNED_IN,
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/api-tokens.ts#createTokenAction',
        [{ token: null, name: '', message: null, fields: {} }, formData({ name: cell.marker })],
        { headers: cell.headers },
      ),
  },
  'lib/actions/api-tokens.ts#revokeTokenAction': {
    allowed: SIGNED_IN,
    send: (cell) =>
      callAction(
        cell.request,
        'lib/actions/api-tokens.ts#revokeTokenAction',
        [accountTargets.get(`revoke ${cell.caller}`)!.tokenId],
        { headers: cell.headers },
      ),
  },
};

/** Cases whose target is an account of its own per cell, made before the tests. */
const ACCOUNT_TARGETS = {
  disable: 'lib/actions/accounts.ts#setDisabledAction',
};

/** The marker each cell's target carries, so that targets made in beforeAll are found by the digest. */
function markerFor(label: string, caller: Caller): string {
  // Short enough for the shortest field it lands in (a token's name, 80 characters).
  const what = label.replace(/^components\/[\w-]+\//, '').replace(/\.ts#/, ' ');
  return `Matrix ${run} ${what.replace(/\W+/g, ' ').trim()} ${caller.replace(/\W+/g, ' ')}`;
}

// One worker runs the file in order: the callers are set up once, in beforeAll.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const expiredEmail = `matrix-expired-${run}@parley.test`;
  const disabledEmail = `matrix-disabled-${run}@parley.test`;
  const targets: {
    key: string;
    email: string;
    name: string;
    role: 'analyst' | 'admin';
    tokenName?: string;
    passwordless?: boolean;
  }[] = [];
  for (const caller of CALLERS) {
    for (const [what, label] of Object.entries(ACCOUNT_TARGETS)) {
      const marker = markerFor(label, caller);
      targets.push({
        key: `${what} ${caller}`,
        email: markerEmail(marker),
        name: marker,
        role: 'analyst',
        passwordless: true,
      });
    }
    const owner = caller.startsWith('admin') ? ACCOUNTS.admin : ACCOUNTS.analyst;
    targets.push({
      key: `revoke ${caller}`,
      email: owner.email,
      name: owner.name,
      role: owner.role,
      tokenName: markerFor('lib/actions/api-tokens.ts#revokeTokenAction', caller),
    });
  }
  const minted = mintTokens([
    { email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst' },
    { email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst', revoke: true },
    { email: ACCOUNTS.admin.email, name: ACCOUNTS.admin.name, role: 'admin' },
    { email: disabledEmail, name: 'Matrix Disabled', role: 'analyst', passwordless: true },
    { email: expiredEmail, name: 'Matrix Expired', role: 'analyst' },
    ...targets,
  ]);
  const [analystToken, revokedToken, admin, disabledToken] = minted;
  adminToken = admin;
  targets.forEach((target, index) => accountTargets.set(target.key, minted[5 + index]));
  disableAccount(disabledEmail);

  const signIn = await request.post('/api/auth/sign-in/email', {
    data: { email: expiredEmail, password: `${expiredEmail} password` },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const cookie = signIn
    .headersArray()
    .find(
      (header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('better-auth.session_token='),
    )!
    .value.split(';')[0];
  expireSession(decodeURIComponent(cookie.split('=')[1]).split('.')[0]);

  // Every caller sends what a browser on this site would: its own Origin and Sec-Fetch-Site.
  const browser = { origin: baseURL!, 'sec-fetch-site': 'same-origin' };
  Object.assign(callerHeaders, {
    'no session': browser,
    'expired session': { ...browser, cookie },
    'revoked token': { ...browser, authorization: `Bearer ${revokedToken.token}` },
    'disabled account’s token': { ...browser, authorization: `Bearer ${disabledToken.token}` },
    'analyst session': { ...browser, cookie: cookieOf('analyst') },
    'analyst token': { ...browser, authorization: `Bearer ${analystToken.token}` },
    'admin session': { ...browser, cookie: cookieOf('admin') },
    'admin token': { ...browser, authorization: `Bearer ${adminToken.token}` },
  });
});

const ROUTES = writeRoutes();
const ACTIONS = serverActions();

test('the matrix covers every write handler under app/api and every Server Action', () => {
  expect(ROUTES).toEqual([
    'DELETE /api/claims/[key]',
    'DELETE /api/commitments/[key]',
    'DELETE /api/events/[key]',
    'DELETE /api/locations/[key]',
    'DELETE /api/parties/[key]',
    'DELETE /api/people/[key]',
    'DELETE /api/points/[key]',
    'DELETE /api/sources/[key]',
    'DELETE /api/topics/[key]',
    'PATCH /api/claims/[key]',
    'PATCH /api/commitments/[key]',
    'PATCH /api/events/[key]',
    'PATCH /api/locations/[key]',
    'PATCH /api/parties/[key]',
    'PATCH /api/people/[key]',
    'PATCH /api/points/[key]',
    'PATCH /api/sources/[key]',
    'PATCH /api/topics/[key]',
    'POST /api/auth/[...all]',
    'POST /api/claims',
    'POST /api/commitments',
    'POST /api/commitments/[key]/status',
    'POST /api/events',
    'POST /api/extract',
    'POST /api/imports',
    'POST /api/locations',
    'POST /api/parties',
    'POST /api/people',
    'POST /api/points',
    'POST /api/sources',
    'POST /api/topics',
  ]);
  expect(ACTIONS.filter((action) => !PUBLIC_ACTIONS.includes(action)).sort()).toEqual(Object.keys(ACTION_CASES).sort());
});

const CASES: WriteCase[] = [
  ...ROUTES.flatMap(apiCases),
  ...ACTIONS.filter((action) => !PUBLIC_ACTIONS.includes(action)).map((action) => ({
    label: action,
    success: 200,
    ...ACTION_CASES[action],
  })),
];

for (const writeCase of CASES) {
  for (const caller of CALLERS) {
    const allowed = writeCase.allowed.includes(caller);
    test(`${writeCase.label} × ${caller}: ${allowed ? 'allowed' : 'refused'}`, async ({ request }) => {
      const cell = { marker: markerFor(writeCase.label, caller), request, headers: callerHeaders[caller], caller };
      const target = (await writeCase.prepare?.(cell)) ?? { id: 0, slug: '', version: 0 };
      const before = digestOf(cell.marker);
      const response = await writeCase.send({ ...cell, target });
      const after = digestOf(cell.marker);
      if (allowed) {
        expect(response.status(), await response.text()).toBe(writeCase.success);
        if (writeCase.savesNothing) expect(after).toBe(before);
        else expect(after).not.toBe(before);
      } else {
        expect([401, 403], await response.text()).toContain(response.status());
        if (ACTIONS.includes(writeCase.label)) expect(response.headers()['content-type']).toContain('text/x-component');
        else expect(await response.json()).toMatchObject({ code: expect.any(String) });
        expect(after).toBe(before);
      }
    });
  }
}
