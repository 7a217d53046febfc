import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStateFor, unique } from '../helpers/accounts';
import { mintTokens } from '../helpers/api-tokens';

const event = (title: string) => ({
  kind: 'statement',
  title,
  startsAt: '2025-06-01T12:00',
  timeZone: 'Europe/Kyiv',
  precision: 'minute',
  status: 'occurred',
});

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
    expect(
      (
        await request.patch('/api/events/ukraine-us-talks-riyadh-2025-03-23', {
          data: { ...event('Hijacked'), version: before.version },
        })
      ).status(),
    ).toBe(401);
    expect(
      (await request.delete(`/api/events/ukraine-us-talks-riyadh-2025-03-23?version=${before.version}`)).status(),
    ).toBe(401);
    expect(await (await request.get('/api/events/ukraine-us-talks-riyadh-2025-03-23')).json()).toEqual(before);
  });

  test('a write is refused with 401 before its key or body is looked at', async ({ request }) => {
    const refusals = [
      request.patch('/api/events/no-such-event', { data: { title: 'x' } }),
      request.patch('/api/events/ukraine-us-talks-riyadh-2025-03-23', {
        data: 'not json',
        headers: { 'content-type': 'text/plain' },
      }),
      request.delete('/api/events/no-such-event'),
      request.delete('/api/people/no-such-person?version=zero'),
      request.post('/api/locations', { data: { nonsense: true } }),
    ];
    for (const response of await Promise.all(refusals)) {
      expect(response.status(), response.url()).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'unauthorized' });
    }
  });
});

test.describe('reading one record', () => {
  test('GET /api/{kind}/{key} answers the record as the list shows it, by slug or id, and a JSON 404 for an unknown key', async ({
    request,
  }) => {
    const seeded = {
      people: 'rustem-umerov',
      parties: 'ukraine',
      topics: 'ceasefire',
      sources: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
      locations: 'riyadh',
    };
    for (const [kind, slug] of Object.entries(seeded)) {
      const first = (await (await request.get(`/api/${kind}`)).json()).items.find(
        (item: { slug: string }) => item.slug === slug,
      );
      const bySlug = await request.get(`/api/${kind}/${first.slug}`);
      expect(bySlug.status(), kind).toBe(200);
      expect(await bySlug.json()).toEqual(first);
      expect(await (await request.get(`/api/${kind}/${first.id}`)).json()).toEqual(first);
      const unknown = await request.get(`/api/${kind}/no-such-record`);
      expect(unknown.status(), kind).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'not_found' });
    }
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

    const updated = await request.patch(`/api/topics/${topic.slug}`, {
      data: { name, description: 'Second', version: 1 },
    });
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
    const backwards = await request.post('/api/events', {
      data: { ...event(unique('Backwards')), endsAt: '2025-06-01T11:00' },
    });
    expect(backwards.status()).toBe(400);
    expect(await backwards.json()).toMatchObject({ fields: { endsAt: 'must not be before the start' } });

    const unknown = await request.post('/api/events', {
      data: { ...event(unique('Unknown topic')), topics: ['no-such-topic'] },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fields).toEqual({ 'topics.0': 'No record "no-such-topic"' });

    const badUrl = await request.post('/api/sources', {
      data: { title: unique('Bad URL'), publisher: 'X', url: 'ftp://example.org' },
    });
    expect(badUrl.status()).toBe(400);
    expect((await badUrl.json()).fields).toHaveProperty('url');
  });

  test('creates a person with a dated title and returns the saved record', async ({ request }) => {
    const name = unique('Api Person');
    const response = await request.post('/api/people', {
      data: { name, affiliations: [{ party: 'ukraine', title: 'Envoy', kind: 'envoy', validFrom: '2025-01-01' }] },
    });
    expect(response.status()).toBe(201);
    expect(await response.json()).toMatchObject({
      name,
      version: 1,
      affiliations: [{ party: 'ukraine', title: 'Envoy', validFrom: '2025-01-01', validTo: null }],
    });
  });
});

test.describe('PATCH semantics for an analyst', () => {
  test.use({ storageState: storageStateFor('analyst') });
  const RIYADH = 'ukraine-us-talks-riyadh-2025-03-23';

  test('a PATCH keeps the lists it leaves out and clears one sent empty; a PATCH that changes nothing writes nothing', async ({
    request,
  }) => {
    const body = {
      ...event(unique('Kept relations')),
      topics: ['energy-infrastructure'],
      relations: [{ type: 'follows', event: RIYADH }],
    };
    const created = await (await request.post('/api/events', { data: body })).json();
    const outgoing = async () =>
      (
        (await (await request.get(`/api/events/${created.slug}`)).json()).related as {
          direction: string;
          event: { slug: string };
        }[]
      ).filter((r) => r.direction === 'outgoing');

    const { relations: _relations, topics: _topics, ...withoutLists } = body;
    const edited = await request.patch(`/api/events/${created.slug}`, {
      data: { ...withoutLists, summary: 'Edited', version: 1 },
    });
    expect(edited.status()).toBe(200);
    expect(await edited.json()).toMatchObject({
      version: 2,
      summary: 'Edited',
      topics: [expect.objectContaining({ slug: 'energy-infrastructure' })],
    });
    expect((await outgoing()).map((r) => r.event.slug)).toEqual([RIYADH]);

    const again = await request.patch(`/api/events/${created.slug}`, {
      data: { ...withoutLists, summary: 'Edited', version: 2 },
    });
    expect(await again.json()).toMatchObject({ version: 2 });

    expect(
      (
        await request.patch(`/api/events/${created.slug}`, {
          data: { ...withoutLists, summary: 'Edited', relations: [], version: 2 },
        })
      ).status(),
    ).toBe(200);
    expect(await outgoing()).toEqual([]);
  });

  test('what GET answers goes back as a PATCH: as it is it changes nothing, with one field changed it changes that field', async ({
    request,
  }) => {
    const cite = {
      source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
      excerpt: 'round trip',
      attribution: 'reporter',
      confidence: 'high',
    };
    const rich = {
      ...event(unique('Round-trip event')),
      location: 'riyadh',
      parties: [{ party: 'ukraine', role: 'delegation' }],
      people: [{ person: 'rustem-umerov', role: 'delegate', onBehalfOf: 'ukraine' }],
      topics: ['ceasefire'],
      citations: [cite],
      relations: [{ type: 'follows', event: RIYADH }],
      statusHistory: [
        { status: 'scheduled', effectiveAt: '2025-05-30', precision: 'day', claimedBy: 'ukraine', citations: [cite] },
      ],
    };
    const created = await request.post('/api/events', { data: rich });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = await created.json();
    const shown = await (await request.get(`/api/events/${slug}`)).json();
    const same = await request.patch(`/api/events/${slug}`, { data: shown });
    expect(same.status(), await same.text()).toBe(200);
    expect(await (await request.get(`/api/events/${slug}`)).json()).toEqual(shown);

    const changed = await request.patch(`/api/events/${slug}`, { data: { ...shown, summary: 'Checked' } });
    expect(changed.status(), await changed.text()).toBe(200);
    const {
      version,
      updatedAt: _updatedAt,
      summary,
      ...rest
    } = await (await request.get(`/api/events/${slug}`)).json();
    const { version: before, updatedAt: _before, summary: _summary, ...restBefore } = shown;
    expect([version, summary]).toEqual([before + 1, 'Checked']);
    expect(rest).toEqual(restBefore);
  });

  test('every record kind takes its GET answer back as a PATCH', async ({ request }) => {
    const made = {
      parties: { name: unique('Round-trip party'), kind: 'organisation', aliases: ['RTP'] },
      people: {
        name: unique('Round Trip Person'),
        affiliations: [
          {
            party: 'ukraine',
            title: 'Envoy',
            kind: 'envoy',
            validFrom: '2025-01-01',
            citations: [
              {
                source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
                excerpt: 'named envoy',
                attribution: 'reporter',
                confidence: 'high',
              },
            ],
          },
        ],
      },
      topics: { name: unique('Round-trip topic'), description: 'About' },
      locations: {
        name: unique('Round-trip place'),
        country: 'Saudi Arabia',
        countryCode: 'SA',
        timeZone: 'Asia/Riyadh',
        latitude: 24.7,
      },
      sources: {
        title: unique('Round-trip source'),
        publisher: 'Wire',
        authors: ['A. Writer'],
        syndications: [{ publisher: 'Other wire' }],
      },
    };
    for (const [kind, body] of Object.entries(made)) {
      const created = await request.post(`/api/${kind}`, { data: body });
      expect(created.status(), `${kind}: ${await created.text()}`).toBe(201);
      const { slug } = await created.json();
      const shown = await (await request.get(`/api/${kind}/${slug}`)).json();
      const same = await request.patch(`/api/${kind}/${slug}`, { data: shown });
      expect(same.status(), `${kind}: ${await same.text()}`).toBe(200);
      expect(await (await request.get(`/api/${kind}/${slug}`)).json()).toEqual(shown);
      const field = 'title' in body ? 'title' : 'name';
      const changed = await request.patch(`/api/${kind}/${slug}`, { data: { ...shown, [field]: `${shown[field]} 2` } });
      expect(changed.status(), `${kind}: ${await changed.text()}`).toBe(200);
      expect(await (await request.get(`/api/${kind}/${slug}`)).json()).toEqual({
        ...shown,
        [field]: `${shown[field]} 2`,
        version: shown.version + 1,
      });
    }
  });

  test('an event holds a duration known without its end; a PATCH that leaves it out keeps it, one that sends it empty clears it', async ({
    request,
  }) => {
    const body = {
      ...event(unique('Short talks')),
      startsAt: '2025-06-02',
      precision: 'day',
      durationMinutes: 120,
      durationBound: 'under',
    };
    const created = await request.post('/api/events', { data: body });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = await created.json();
    expect(await (await request.get(`/api/events/${slug}`)).json()).toMatchObject({
      endsAt: null,
      localDate: '2025-06-02',
      durationMinutes: 120,
      durationBound: 'under',
    });

    const { durationMinutes: _m, durationBound: _b, ...withoutDuration } = body;
    const edited = await request.patch(`/api/events/${slug}`, {
      data: { ...withoutDuration, summary: 'Edited', version: 1 },
    });
    expect(await edited.json()).toMatchObject({
      version: 2,
      summary: 'Edited',
      durationMinutes: 120,
      durationBound: 'under',
    });
    const cleared = await request.patch(`/api/events/${slug}`, {
      data: { ...withoutDuration, summary: 'Edited', durationMinutes: null, version: 2 },
    });
    expect(await cleared.json()).toMatchObject({ version: 3, durationMinutes: null, durationBound: 'exact' });

    const both = await request.post('/api/events', {
      data: { ...event(unique('Both')), endsAt: '2025-06-01T13:00', durationMinutes: 60 },
    });
    expect(both.status()).toBe(400);
    expect((await both.json()).fields).toEqual({
      durationMinutes: 'must be empty when the end is given: the end already says how long it lasted',
    });
  });

  test('a location names its country as a party of kind state; GET answers it and takes it back', async ({
    request,
  }) => {
    const name = unique('Api place in a state');
    const created = await request.post('/api/locations', {
      data: { name, countryParty: 'saudi-arabia', timeZone: 'Asia/Riyadh' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = await created.json();
    const shown = await (await request.get(`/api/locations/${slug}`)).json();
    expect(shown).toMatchObject({
      name,
      country: 'Saudi Arabia',
      countryCode: 'SA',
      countryParty: { slug: 'saudi-arabia', name: 'Saudi Arabia' },
    });
    expect((await request.patch(`/api/locations/${slug}`, { data: shown })).status()).toBe(200);
    expect(await (await request.get(`/api/locations/${slug}`)).json()).toEqual(shown);
    // Left out of a PATCH, the country party is kept.
    const { countryParty: _countryParty, ...withoutCountry } = shown;
    expect(
      await (await request.patch(`/api/locations/${slug}`, { data: { ...withoutCountry, city: 'Jeddah' } })).json(),
    ).toMatchObject({ city: 'Jeddah', countryParty: 'saudi-arabia' });

    const notAState = await request.post('/api/locations', {
      data: { name: unique('Api place in NATO'), countryParty: 'nato', timeZone: 'Europe/Brussels' },
    });
    expect(notAState.status()).toBe(400);
    expect((await notAState.json()).fields).toEqual({ countryParty: '"nato" is not a state' });
  });

  test('/api/locations lists, creates, reads, updates and deletes locations', async ({ request }) => {
    const name = unique('Api location');
    const created = await request.post('/api/locations', {
      data: { name, city: 'Jeddah', country: 'Saudi Arabia', countryCode: 'sa', timeZone: 'Asia/Riyadh' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const location = await created.json();
    expect(location).toMatchObject({ name, countryCode: 'SA', version: 1 });
    expect((await (await request.get('/api/locations')).json()).items.map((l: { slug: string }) => l.slug)).toContain(
      location.slug,
    );
    expect(await (await request.get(`/api/locations/${location.slug}`)).json()).toMatchObject({
      name,
      city: 'Jeddah',
      eventCount: 0,
    });
    const updated = await request.patch(`/api/locations/${location.slug}`, {
      data: { name, country: 'Saudi Arabia', countryCode: 'SA', timeZone: 'Asia/Riyadh', city: 'Riyadh', version: 1 },
    });
    expect(await updated.json()).toMatchObject({ city: 'Riyadh', version: 2 });
    expect((await request.delete(`/api/locations/${location.slug}?version=2`)).status()).toBe(204);
    expect((await request.get(`/api/locations/${location.slug}`)).status()).toBe(404);
  });

  test('a 400 names every unknown reference at once, and lists allowed values as the API spells them', async ({
    request,
  }) => {
    const unknown = await request.post('/api/events', {
      data: {
        ...event(unique('Four unknowns')),
        location: 'atlantis',
        parties: [{ party: 'nowhere', role: 'host' }],
        people: [{ person: 'nobody', role: 'delegate' }],
        topics: ['nothing'],
      },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fields).toEqual({
      location: 'No record "atlantis"',
      'parties.0.party': 'No record "nowhere"',
      'people.0.person': 'No record "nobody"',
      'topics.0': 'No record "nothing"',
    });
    const badStatus = await request.post('/api/events', { data: { ...event(unique('Bad status')), status: 'Held' } });
    expect(badStatus.status()).toBe(400);
    const message = (await badStatus.json()).fields.status as string;
    expect(message).toContain('held');
    expect(message).not.toContain('Held');
  });

  test('the history names the API token a change was made with', async ({ request }) => {
    // The edit page renders the whole form: slow on a loaded machine.
    test.slow();
    const tokenName = unique('History token');
    const [{ token }] = mintTokens([
      { email: ACCOUNTS.analyst.email, name: ACCOUNTS.analyst.name, role: 'analyst', tokenName },
    ]);
    const created = await (await request.post('/api/events', { data: event(unique('Token history')) })).json();
    const edited = await request.patch(`/api/events/${created.slug}`, {
      data: { ...event(created.title), summary: 'By script', version: 1 },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(edited.status()).toBe(200);
    const page = await (await request.get(`/events/${created.slug}/edit`)).text();
    expect(page).toContain(`via token ‘${tokenName}’`);
  });
});
