import { expect, test } from '@playwright/test';

for (const path of ['/', '/api/events', '/api/events/no-such-event', '/no-such-page']) {
  test(`${path} carries the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('error answers leak no stack traces or file paths', async ({ request }) => {
  for (const path of ['/api/events?limit=oops', '/api/events?cursor=%00%ff', '/api/events/' + 'x'.repeat(5000)]) {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(/\/work\/|node_modules|at [\w.<>]+ \(/);
  }
});
