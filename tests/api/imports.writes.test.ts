import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const SEEDED = 'ukraine-us-talks-riyadh-2025-03-23';

/** A JSON export holding a copy of a seeded event under a new slug, and any extra items. */
async function exportFile(request: APIRequestContext, slug: string, extra: unknown[] = []) {
  const event = await (await request.get(`/api/events/${SEEDED}`)).json();
  const copy = { ...event, slug, title: `Imported ${slug}`, related: [] };
  return {
    name: 'parley-events.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ items: [copy, ...extra] }, null, 2)),
  };
}

const upload = (request: APIRequestContext, file: Awaited<ReturnType<typeof exportFile>>, dryRun: boolean) =>
  request.post('/api/imports', { multipart: { file, dryRun: String(dryRun) } });

test('a signed-out upload is refused with 401 and imports nothing', async ({ request }) => {
  const slug = unique('refused').toLowerCase().replace(/\s+/g, '-');
  const response = await upload(request, await exportFile(request, slug), false);
  expect(response.status()).toBe(401);
  expect((await response.json()).code).toBe('unauthorized');
  expect((await request.get(`/api/events/${slug}`)).status()).toBe(404);
});

test.describe('an analyst’s upload', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('with one bad row: the check names it by line, and the real run imports nothing', async ({ request }) => {
    const slug = unique('half-bad').toLowerCase().replace(/\s+/g, '-');
    const file = await exportFile(request, slug, [{ slug: `${slug}-bad`, kind: 'battle', title: 'Bad' }]);
    const check = await (await upload(request, file, true)).json();
    expect(check.created.map((row: { slug: string }) => row.slug)).toEqual([slug]);
    expect(check.rejected).toHaveLength(1);
    expect(check.rejected[0].line).toBeGreaterThan(1);
    expect(check.rejected[0].reason).not.toBe('');

    // Refused with a 4xx that says so and carries the report, not a 200 that reads as success.
    const response = await upload(request, file, false);
    expect(response.status()).toBe(400);
    const real = await response.json();
    expect(real).toMatchObject({
      code: 'bad_request',
      error: expect.stringContaining('Nothing was imported'),
      fields: { file: '1 rejected row' },
    });
    expect(real.report).toMatchObject({
      dryRun: false,
      committed: false,
      rejected: [{ line: check.rejected[0].line }],
    });
    expect((await request.get(`/api/events/${slug}`)).status()).toBe(404);
  });

  test('a clean file: checked, imported, and imported again without change', async ({ request }) => {
    const slug = unique('clean').toLowerCase().replace(/\s+/g, '-');
    const file = await exportFile(request, slug);
    const check = await (await upload(request, file, true)).json();
    expect(check).toMatchObject({ dryRun: true, committed: false, rejected: [] });
    expect((await request.get(`/api/events/${slug}`)).status()).toBe(404);

    const real = await (await upload(request, file, false)).json();
    expect(real).toMatchObject({ dryRun: false, committed: true });
    const imported = await (await request.get(`/api/events/${slug}`)).json();
    expect(imported.title).toBe(`Imported ${slug}`);
    expect(imported.startsAt).toBe('2025-03-23T15:30:00.000Z');

    const again = await (await upload(request, file, false)).json();
    expect(again.unchanged.map((row: { slug: string }) => row.slug)).toEqual([slug]);
    expect(again.created).toEqual([]);
  });

  test('a file that is not an export is refused with the field named', async ({ request }) => {
    const response = await request.post('/api/imports', {
      multipart: { file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') } },
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).fields).toHaveProperty('file');
  });
});
