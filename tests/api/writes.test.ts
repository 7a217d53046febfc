import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const event = (title: string) => ({ kind: 'statement', title, startsAt: '2025-06-01T12:00', timeZone: 'Europe/Kyiv', precision: 'minute', status: 'occurred' });

test.describe('the write API without a session', () => {
  test('POST /api/events answers 401 with a JSON error and writes nothing', async ({ request }) => {
    const title = unique('Unauthorised statement');
    const response = await request.post('/api/events', { data: event(title) });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'Sign in to make changes.', code: 'unauthorized' });
    const found = await (await request.get(`/api/events?q=${encodeURIComponent(`"${title}"`)}`)).json();
    expect(found.items).toEqual([]);
  });

  test('PATCH and DELETE answer 401 too and leave the seeded event as it was', async ({ request }) => {
    const before = await (await request.get('/api/events/ukraine-us-talks-riyadh-2025-03-23')).json();
    expect((await request.patch('/api/events/ukraine-us-talks-riyadh-2025-03-23', { data: { ...event('Hijacked'), version: before.version } })).status()).toBe(401);
    expect((await request.delete(`/api/events/ukraine-us-talks-riyadh-2025-03-23?version=${before.version}`)).status()).toBe(401);
    expect(await (await request.get('/api/events/ukraine-us-talks-riyadh-2025-03-23')).json()).toEqual(before);
  });
});

test.describe('the write API for an analyst', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('creates, updates on the current version, refuses a stale one with 409, and deletes', async ({ request }) => {
    const name = unique('API topic');
    const created = await request.post('/api/topics', { data: { name, description: 'First' } });
    expect(created.status()).toBe(201);
    const topic = await created.json();
    expect(topic).toMatchObject({ name, description: 'First', version: 1 });

    const updated = await request.patch(`/api/topics/${topic.slug}`, { data: { name, description: 'Second', version: 1 } });
    expect(updated.status()).toBe(200);
    expect(await updated.json()).toMatchObject({ description: 'Second', version: 2 });

    const stale = await request.patch(`/api/topics/${topic.id}`, { data: { name, description: 'Stale', version: 1 } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'conflict', fields: { version: expect.any(String) } });

    expect((await request.delete(`/api/topics/${topic.slug}?version=2`)).status()).toBe(204);
    const topics = await (await request.get('/api/topics')).json();
    expect(topics.items.map((t: { slug: string }) => t.slug)).not.toContain(topic.slug);
  });

  test('answers bad input with 400 and the fields at fault, naming unknown references', async ({ request }) => {
    const backwards = await request.post('/api/events', { data: { ...event(unique('Backwards')), endsAt: '2025-06-01T11:00' } });
    expect(backwards.status()).toBe(400);
    expect(await backwards.json()).toMatchObject({ fields: { endsAt: 'must not be before the start' } });

    const unknown = await request.post('/api/events', { data: { ...event(unique('Unknown topic')), topics: ['no-such-topic'] } });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fields).toEqual({ 'topics.0': 'No record "no-such-topic"' });

    const badUrl = await request.post('/api/sources', { data: { title: unique('Bad URL'), publisher: 'X', url: 'ftp://example.org' } });
    expect(badUrl.status()).toBe(400);
    expect((await badUrl.json()).fields).toHaveProperty('url');
  });

  test('creates a person with a dated title and returns the saved record', async ({ request }) => {
    const name = unique('Api Person');
    const response = await request.post('/api/people', { data: { name, affiliations: [{ party: 'ukraine', title: 'Envoy', kind: 'envoy', validFrom: '2025-01-01' }] } });
    expect(response.status()).toBe(201);
    expect(await response.json()).toMatchObject({ name, version: 1, affiliations: [{ party: 'ukraine', title: 'Envoy', validFrom: '2025-01-01', validTo: null }] });
  });
});
