// The scrypt gate under a crowd. It runs in its own project after every other test: while the
// crowd fills the server's few scrypt places, any other test's sign-in would be refused as busy.
import { expect, test } from '@playwright/test';
import { unique } from '../helpers/accounts';

test('sign-ins beyond the few the server checks at once are refused with 429 and Retry-After before hashing', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const email = `${unique('crowd').replace(/\W+/g, '-').toLowerCase()}@parley.test`;
  // The test server trusts one proxy hop, so each `X-Forwarded-For` is a different client.
  const signIn = (address: string) =>
    request.post('/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': address },
      data: { email, password: 'a wrong guess' },
    });
  const answers = await Promise.all(Array.from({ length: 24 }, (_, index) => signIn(`192.0.2.${index + 1}`)));
  const refused = answers.filter((response) => response.status() === 429);
  expect(refused.length).toBeGreaterThan(0);
  expect(answers.every((response) => [401, 429].includes(response.status()))).toBe(true);
  for (const response of refused) {
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await response.json()).message).toContain('busy');
  }
});
