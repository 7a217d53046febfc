// POST /api/extract: the seed article read into proposals, only for analysts, with bad input
// answered 400 naming the field and oversized input refused. Reads only: nothing is saved.
import { expect, test } from '@playwright/test';
import { ARTICLE_TEXT } from '@/db/seed/riyadh-2025-article';
import { storageStateFor } from '../helpers/accounts';

const BODY = {
  text: ARTICLE_TEXT,
  publishedAt: '2025-03-23',
  timeZone: 'America/New_York',
  url: 'https://www.spokesman.com/stories/2025/mar/23/russia-ukraine-hold-us-mediated-talks/',
};

test('a signed-out request is refused with 401', async ({ request }) => {
  const response = await request.post('/api/extract', { data: BODY });
  expect(response.status()).toBe(401);
  expect((await response.json()).code).toBe('unauthorized');
});

test.describe('an analyst', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('gets the seed article’s dates, people, parties, places, topics and attributed sentences', async ({
    request,
  }) => {
    const response = await request.post('/api/extract', { data: BODY });
    expect(response.status(), await response.text()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['dates', 'locations', 'parties', 'people', 'sentences', 'topics']);
    expect(body.dates).toContainEqual({
      text: '5:30 p.m. Kyiv, Ukraine, time',
      index: ARTICLE_TEXT.indexOf('5:30 p.m.'),
      start: '2025-03-23T17:30',
      precision: 'minute',
      timeZone: 'Europe/Kyiv',
      approximate: true,
    });
    expect(body.people).toContainEqual({
      text: 'Rustem Umerov',
      index: ARTICLE_TEXT.indexOf('Rustem Umerov'),
      slug: 'rustem-umerov',
      name: 'Rustem Umerov',
      title: { text: 'Ukrainian defense minister', held: 'Defense Minister of Ukraine, Ukraine', matches: true },
    });
    expect(body.parties).toContainEqual({
      text: 'the Kremlin',
      index: ARTICLE_TEXT.indexOf('the Kremlin'),
      slug: 'russia',
      name: 'Russia',
    });
    expect(body.locations).toContainEqual({
      text: 'Riyadh',
      index: ARTICLE_TEXT.indexOf('Riyadh'),
      slug: 'riyadh',
      name: 'Riyadh',
    });
    expect(body.topics.map((t: { slug: string }) => t.slug)).toContain('energy-infrastructure');
    const official = body.sentences.find((s: { text: string }) => s.text.startsWith('A Ukrainian official'));
    expect(official).toMatchObject({
      index: ARTICLE_TEXT.indexOf('A Ukrainian official'),
      attribution: { kind: 'anonymous_official', person: null },
    });
  });

  test('is answered 400 naming each field at fault', async ({ request }) => {
    const response = await request.post('/api/extract', {
      data: { text: ' ', publishedAt: 'last Sunday', timeZone: 'Mars/Olympus', url: 'ftp://x' },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('bad_request');
    expect(Object.keys(body.fields).sort()).toEqual(['publishedAt', 'text', 'timeZone', 'url']);
    expect(JSON.stringify(body)).not.toMatch(/at .+\.(?:js|ts):\d+/);
  });

  test('is answered 400 for a body that is not a JSON object, 415 for one that is not JSON', async ({ request }) => {
    expect(
      (await request.post('/api/extract', { data: '[1]', headers: { 'content-type': 'application/json' } })).status(),
    ).toBe(400);
    expect(
      (
        await request.post('/api/extract', {
          data: 'text=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status(),
    ).toBe(415);
  });

  test('refuses a text over 50,000 characters by its field, and a body over 1 MB with 413', async ({ request }) => {
    const long = await request.post('/api/extract', { data: { ...BODY, text: 'Talks. '.repeat(8000) } });
    expect(long.status()).toBe(400);
    expect((await long.json()).fields.text).toMatch(/longer than 50000/);
    const huge = await request.post('/api/extract', { data: { ...BODY, text: 'x'.repeat(1_100_000) } });
    expect(huge.status()).toBe(413);
  });
});
