// Bypass and cross-site regressions. The role check lives at the write itself (lib/auth/session),
// so headers that once let requests skip middleware (x-middleware-subrequest, CVE-2025-29927),
// RSC and prefetch requests, `.rsc` paths and injected route parameters change nothing; a write
// carried by a cookie must come from this site; and no page or payload a reader can fetch carries
// an account's email, a password hash, a token or a session id.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ACCOUNTS, storageStateFor, unique } from '../helpers/accounts';
import { mintTokens } from '../helpers/api-tokens';
import { digestOf } from '../helpers/server-database';
import { callAction } from '../helpers/server-actions';

const BYPASS_HEADERS: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { rsc: '1' },
  { 'next-router-prefetch': '1' },
  { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
  { 'x-nextjs-data': '1', 'x-invoke-path': '/', 'x-matched-path': '/' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
];

const SEEDED_EVENT = '/api/events/ukraine-us-talks-riyadh-2025-03-23';

const PROTECTED_PAGES: Record<string, string> = {
  '/admin': 'Deleted records',
  '/account': 'API tokens',
  '/records': 'Everything events refer to',
  '/events/new': 'Create event',
};

/** What no reader's page or payload may ever contain. */
const PRIVATE = [
  /@parley\.test/i,
  /scrypt\$\d/,
  /parley_[\w-]{20,}/,
  /session_token=[\w.%-]{10,}/i,
  /token_?hash/i,
  /password_?hash/i,
  /"password"\s*:\s*"/,
];

function cookieOf(account: keyof typeof ACCOUNTS): string {
  const state = JSON.parse(fs.readFileSync(storageStateFor(account), 'utf8')) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

async function topicNames(request: APIRequestContext): Promise<string[]> {
  return (await (await request.get('/api/topics')).json()).items.map((topic: { name: string }) => topic.name);
}

test.describe('headers and paths that once skipped checks', () => {
  for (const [index, headers] of BYPASS_HEADERS.entries()) {
    test(`writes stay refused without a session (${Object.keys(headers).join(', ')} #${index})`, async ({
      request,
    }) => {
      const name = unique('Bypass topic');
      const created = await request.post('/api/topics', { headers, data: { name } });
      expect(created.status()).toBe(401);
      expect(await created.json()).toMatchObject({ code: 'unauthorized' });
      const before = await (await request.get(SEEDED_EVENT)).json();
      expect(
        (await request.patch(SEEDED_EVENT, { headers, data: { title: 'Hijacked', version: before.version } })).status(),
      ).toBe(401);
      expect((await request.delete(`${SEEDED_EVENT}?version=${before.version}`, { headers })).status()).toBe(401);
      expect(await (await request.get(SEEDED_EVENT)).json()).toEqual(before);
      const action = await callAction(request, 'lib/actions/records.ts#saveRecord', ['topic', null, { name }], {
        headers,
      });
      // With `RSC: 1` Next answers a page render instead of running the action; either way nothing is written.
      if ('rsc' in headers) expect(action.status()).toBeLessThan(500);
      else expect(action.status()).toBe(401);
      expect(await topicNames(request)).not.toContain(name);
    });

    test(`protected pages show nothing private (${Object.keys(headers).join(', ')} #${index})`, async ({ request }) => {
      for (const [page, privateText] of Object.entries(PROTECTED_PAGES)) {
        for (const url of [page, `${page}.rsc`, `${page}?_rsc=bypass`, `${page}/?__nextDataReq=1`]) {
          const response = await request.get(url, { headers });
          const body = await response.text();
          expect(body, url).not.toContain(privateText);
          for (const pattern of PRIVATE) expect(body, `${url} ${pattern}`).not.toMatch(pattern);
        }
      }
    });
  }

  test('.rsc variants and injected route parameters of write routes change nothing', async ({ request }) => {
    const before = await (await request.get(SEEDED_EVENT)).json();
    const urls = [
      '/api/events.rsc',
      `${SEEDED_EVENT}.rsc`,
      `${SEEDED_EVENT}?key=kyiv-talks`,
      '/api/topics/%2e%2e%2fevents%2fukraine-us-talks-riyadh-2025-03-23',
      `${SEEDED_EVENT}%00`,
      `${SEEDED_EVENT}/..%2f..%2fevents`,
      '/api/events/__proto__',
      '/api/events/constructor',
      `${SEEDED_EVENT}?_rsc=1`,
    ];
    for (const url of urls) {
      for (const method of ['post', 'patch', 'delete'] as const) {
        const response = await request[method](url, {
          data: { title: 'Injected', name: 'Injected', version: before.version },
          headers: { rsc: '1' },
        });
        expect([401, 403, 404, 405], `${method} ${url}`).toContain(response.status());
        expect(response.headers()['content-type'] ?? '', `${method} ${url}`).not.toContain('text/html');
      }
    }
    expect(await (await request.get(SEEDED_EVENT)).json()).toEqual(before);
    expect(await topicNames(request)).not.toContain('Injected');
  });
});

test.describe('cross-site requests carrying the session cookie', () => {
  let token = '';
  test.beforeAll(() => {
    [{ token }] = mintTokens([{ email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst' }]);
  });

  const FOREIGN: { label: string; headers: Record<string, string> }[] = [
    { label: 'a foreign Origin', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    { label: 'Origin: null', headers: { origin: 'null' } },
    { label: 'Sec-Fetch-Site: cross-site alone', headers: { 'sec-fetch-site': 'cross-site' } },
    { label: 'a sibling site', headers: { origin: 'http://127.0.0.1.evil.example', 'sec-fetch-site': 'same-site' } },
  ];

  for (const { label, headers } of FOREIGN) {
    test(`a write route refuses ${label}, as JSON and as a text/plain form post`, async ({ request }) => {
      const name = unique('Cross-site topic');
      const cookie = cookieOf('analyst');
      const json = await request.post('/api/topics', { headers: { ...headers, cookie }, data: { name } });
      expect(json.status()).toBe(403);
      expect(await json.json()).toMatchObject({ code: 'forbidden', error: expect.stringContaining('another site') });
      // What an HTML form on another site can send without a preflight.
      const form = await request.post('/api/topics', {
        headers: { ...headers, cookie, 'content-type': 'text/plain' },
        data: JSON.stringify({ name }),
      });
      expect([403, 415]).toContain(form.status());
      expect(await form.json()).toMatchObject({ code: expect.any(String) });
      expect(digestOf(name)).toBe(digestOf(`${name} never written`));
      expect(await topicNames(request)).not.toContain(name);
    });

    test(`a Server Action refuses ${label} with a 403`, async ({ request }) => {
      const name = unique('Cross-site action topic');
      const response = await callAction(request, 'lib/actions/records.ts#saveRecord', ['topic', null, { name }], {
        headers: { ...headers, cookie: cookieOf('analyst') },
      });
      // A foreign Origin is refused before the action runs (as JSON), the rest by the action's own check.
      expect(response.status()).toBe(403);
      if ((response.headers()['content-type'] ?? '').includes('json'))
        expect(await response.json()).toMatchObject({
          code: 'forbidden',
          error: expect.stringContaining('another site'),
        });
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(await topicNames(request)).not.toContain(name);
    });
  }

  test('the same requests from this site succeed, and a token is not subject to the origin check', async ({
    request,
    baseURL,
  }) => {
    const mine = unique('Same-site topic');
    expect(
      (
        await request.post('/api/topics', {
          headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin', cookie: cookieOf('analyst') },
          data: { name: mine },
        })
      ).status(),
    ).toBe(201);
    const scripted = unique('Token topic');
    const response = await request.post('/api/topics', {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` },
      data: { name: scripted },
    });
    expect(response.status()).toBe(201);
    expect(await topicNames(request)).toEqual(expect.arrayContaining([mine, scripted]));
  });
});

/** Every page of the app, with its route parameters filled with seeded records. */
function pages(): string[] {
  const SEEDED: Record<string, string> = {
    events: 'ukraine-us-talks-riyadh-2025-03-23',
    people: 'rustem-umerov',
    parties: 'ukraine',
    topics: 'ceasefire',
    locations: 'riyadh',
    sources: '1',
    positions: '1',
  };
  return fs
    .readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => {
      const parts = path
        .dirname(file)
        .split(path.sep)
        .filter((part) => part !== '.');
      return `/${parts.map((part, i) => (part.startsWith('[') ? (SEEDED[parts[i - 1]] ?? 'unknown') : part)).join('/')}`;
    });
}

function readRoutes(): string[] {
  return fs
    .readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        path.basename(file) === 'route.ts' &&
        !file.includes('[...') &&
        /export\s+(const|async function|function)\s+GET\b|as GET\b/.test(
          fs.readFileSync(path.join('app', file), 'utf8'),
        ),
    )
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .map((part) => (part === '[key]' ? 'ukraine' : part))
          .join('/')}`,
    );
}

test('no page, RSC payload or API answer a reader can fetch carries a private field', async ({ request }) => {
  test.setTimeout(120_000);
  const urls = [...pages(), ...readRoutes()];
  expect(urls.length).toBeGreaterThan(20);
  for (const url of urls) {
    for (const headers of [{}, { rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }] as Record<string, string>[]) {
      const body = await (await request.get(url, { headers })).text();
      for (const pattern of PRIVATE) expect(body, `${url} ${JSON.stringify(headers)} ${pattern}`).not.toMatch(pattern);
    }
  }
});

test('a signed-in analyst’s pages carry no other account’s email', async ({ request }) => {
  test.setTimeout(120_000);
  const others = [ACCOUNTS.admin.email, ACCOUNTS.second.email, ACCOUNTS.signIn.email];
  for (const url of pages().filter((page) => page !== '/admin')) {
    for (const headers of [{ cookie: cookieOf('analyst') }, { cookie: cookieOf('analyst'), rsc: '1' }] as Record<
      string,
      string
    >[]) {
      const body = await (await request.get(url, { headers })).text();
      for (const email of others) expect(body, `${url} ${email}`).not.toContain(email);
    }
  }
});

test.describe('sign-in sends visitors only to this site', () => {
  // What a browser reads as another site: "\" is "/", and tabs and newlines are dropped.
  const FOREIGN_NEXT = [
    '/%5Cevil.example',
    '/%09/evil.example',
    '%09//evil.example',
    '/%0A/evil.example',
    '//evil.example',
    'https://evil.example/',
  ];

  for (const next of FOREIGN_NEXT) {
    test(`a signed-in visitor opening /sign-in?next=${next} stays on this site`, async ({ request, baseURL }) => {
      const response = await request.get(`/sign-in?next=${next}`, {
        headers: { cookie: cookieOf('analyst') },
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(400);
      expect(new URL(response.headers().location, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test.describe('better-auth’s endpoints beyond sign-in, sign-out and the session', () => {
  // Each would act outside Parley's rules: impersonation writes as someone else, and the rest
  // change accounts without Parley's validation (a 200,000-character name, a password set by another).
  const NOT_OFFERED: { endpoint: string; body: (userId: string) => Record<string, unknown> }[] = [
    { endpoint: 'admin/impersonate-user', body: (userId) => ({ userId }) },
    { endpoint: 'admin/set-user-password', body: (userId) => ({ userId, newPassword: 'a password nobody chose' }) },
    {
      endpoint: 'admin/create-user',
      body: () => ({
        email: `${unique('bypass').replace(/\W+/g, '-')}@parley.test`,
        name: 'Made outside the form',
        password: 'a matrix password',
        role: 'admin',
      }),
    },
    { endpoint: 'admin/set-role', body: (userId) => ({ userId, role: 'admin' }) },
    { endpoint: 'admin/ban-user', body: (userId) => ({ userId }) },
    { endpoint: 'admin/update-user', body: (userId) => ({ userId, data: { name: 'x'.repeat(200_000) } }) },
    { endpoint: 'admin/list-users', body: () => ({}) },
    { endpoint: 'update-user', body: () => ({ name: 'x'.repeat(200_000) }) },
    {
      endpoint: 'change-password',
      body: () => ({ currentPassword: ACCOUNTS.second.password, newPassword: 'a password nobody chose' }),
    },
    { endpoint: 'change-email', body: () => ({ newEmail: 'taken-over@evil.example' }) },
    { endpoint: 'delete-user', body: () => ({}) },
    {
      endpoint: 'sign-up/email',
      body: () => ({ email: 'walk-in@evil.example', name: 'Walk In', password: 'a walk-in password' }),
    },
    { endpoint: 'revoke-sessions', body: () => ({}) },
  ];

  let second = { userId: '' };
  test.beforeAll(() => {
    [second] = mintTokens([{ email: ACCOUNTS.second.email, name: ACCOUNTS.second.name, role: 'analyst' }]);
  });

  for (const { endpoint, body } of NOT_OFFERED) {
    test(`POST /api/auth/${endpoint} is not offered, to an admin or an analyst`, async ({ request, baseURL }) => {
      for (const account of ['admin', 'second'] as const) {
        const headers = { cookie: cookieOf(account), origin: baseURL!, 'sec-fetch-site': 'same-origin' };
        const response = await request.post(`/api/auth/${endpoint}`, { headers, data: body(second.userId) });
        expect(response.status(), `${account} ${endpoint}`).toBe(404);
        expect(await response.json()).toMatchObject({ code: 'not_found' });
        expect(response.headers()['set-cookie'] ?? '').not.toContain('session_token');
      }
      // The account is as it was: its own session still works, under its own name.
      const viewer = await (await request.get('/api/viewer', { headers: { cookie: cookieOf('second') } })).json();
      expect(viewer.viewer).toEqual({ name: ACCOUNTS.second.name, role: 'analyst' });
    });
  }

  test('sign-in, the session and sign-out are still offered', async ({ request }) => {
    const session = await request.get('/api/auth/get-session', { headers: { cookie: cookieOf('analyst') } });
    expect(session.status()).toBe(200);
    expect((await session.json()).user.email).toBe(ACCOUNTS.analyst.email);
    expect(
      (
        await request.post('/api/auth/sign-in/email', {
          data: { email: ACCOUNTS.analyst.email, password: 'not the password' },
        })
      ).status(),
    ).toBe(401);
  });
});

test('revoking another account’s token is a 404 and leaves the token working', async ({ request, baseURL }) => {
  const [theirs] = mintTokens([
    { email: ACCOUNTS.admin.email, name: ACCOUNTS.admin.name, role: 'admin', tokenName: unique('Not yours') },
  ]);
  const response = await callAction(request, 'lib/actions/api-tokens.ts#revokeTokenAction', [theirs.tokenId], {
    headers: { cookie: cookieOf('analyst'), origin: baseURL! },
  });
  expect(response.status()).toBe(404);
  const name = unique('Still works topic');
  expect(
    (
      await request.post('/api/topics', { headers: { authorization: `Bearer ${theirs.token}` }, data: { name } })
    ).status(),
  ).toBe(201);
});

test.describe('sign-in limits', () => {
  // The test server trusts one proxy hop, so `X-Forwarded-For` stands for the client here; with
  // no trusted proxy (the default) the header is ignored, as tests/api/server-process.test.ts shows.
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const signIn = (request: APIRequestContext, email: string, password: string, address: string) =>
    request.post('/api/auth/sign-in/email', { headers: from(address), data: { email, password } });

  test('someone guessing at an account uses up their own attempts, not the owner’s', async ({ request }) => {
    test.setTimeout(180_000); // eleven deliberately slow scrypt verifications
    const email = `${unique('owner').replace(/\W+/g, '-').toLowerCase()}@parley.test`;
    mintTokens([{ email, name: 'Owner', role: 'analyst' }]);
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await signIn(request, email, `guess ${attempt}`, '198.51.100.7')).status()).toBe(401);
    const blocked = await signIn(request, email, `${email} password`, '198.51.100.7');
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(request, email, `${email} password`, '203.0.113.20')).status()).toBe(200);
  });
});
