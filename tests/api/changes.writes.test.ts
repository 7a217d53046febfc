// What changed in a window: an event added, then corrected, then deleted shows as added, changed
// field by field (with who and when) and removed, and the Atom feed marks the removal with an
// RFC 6721 tombstone; a commitment's status change is a change of its status field.
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const later = async (after: string) => {
  while (new Date().toISOString() <= after) await new Promise((resolve) => setTimeout(resolve, 1));
  return new Date().toISOString();
};

type Change = {
  type: string;
  slug: string;
  change: string;
  revisions: { action: string; actorName: string }[];
  fields: { field: string; before: unknown; after: unknown }[];
};

test.describe('what changed', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('an event added, corrected and deleted is listed each way, filtered by party and kind, and tombstoned in the feed', async ({
    request,
  }) => {
    const title = unique('Changes session');
    const data = {
      kind: 'talks_session',
      title,
      startsAt: '2025-06-02T10:00',
      timeZone: 'UTC',
      precision: 'minute',
      status: 'scheduled',
      parties: [{ party: 'ukraine', role: 'delegation' }],
    };
    const start = await later(new Date().toISOString());
    await later(start);
    const created = await (await request.post('/api/events', { data })).json();
    const added = await later(new Date().toISOString());
    await later(added);
    const held = await (
      await request.patch(`/api/events/${created.slug}`, {
        data: { ...data, status: 'held', version: created.version },
      })
    ).json();
    const corrected = await later(new Date().toISOString());
    await later(corrected);
    expect((await request.delete(`/api/events/${created.slug}?version=${held.version}`)).status()).toBe(204);
    const end = await later(new Date().toISOString());

    const find = async (query: string) => {
      const response = await request.get(`/api/changes?${query}`);
      expect(response.status(), await response.text()).toBe(200);
      return ((await response.json()).items as Change[]).find((c) => c.slug === created.slug);
    };
    expect(await find(`since=${start}&until=${added}`)).toMatchObject({
      type: 'event',
      change: 'added',
      revisions: [{ action: 'create', actorName: expect.any(String) }],
    });
    const change = await find(`since=${added}&until=${corrected}&party=ukraine&kind=talks_session`);
    expect(change).toMatchObject({ change: 'changed', revisions: [{ action: 'update' }] });
    expect(change!.fields).toEqual([{ field: 'status', before: 'scheduled', after: 'held' }]);
    expect(await find(`since=${corrected}&until=${end}`)).toMatchObject({
      change: 'removed',
      revisions: [{ action: 'delete' }],
    });
    expect(await find(`since=${start}&until=${end}`)).toBeUndefined();
    expect(await find(`since=${added}&until=${corrected}&party=russia`)).toBeUndefined();
    expect(await find(`since=${added}&until=${corrected}&kind=statement`)).toBeUndefined();

    const feed = await request.get(
      `/feeds/changes.atom?since=${encodeURIComponent(added)}&until=${encodeURIComponent(end)}`,
    );
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toContain('xmlns:at="http://purl.org/atompub/tombstones/1.0"');
    expect(xml).toMatch(new RegExp(`<at:deleted-entry ref="tag:parley,2025:event/${created.slug}" when="[^"]+Z">`));
    expect(xml).not.toContain(`<id>tag:parley,2025:event/${created.slug}</id>`);
  });

  test('a commitment added, its status changed and removed is listed each way, its status field by field', async ({
    request,
  }) => {
    const source = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
    const data = {
      text: unique('Changes commitment'),
      parties: ['russia', 'ukraine'],
      timeZone: 'UTC',
      deadlineAt: '2026-06-02T12:00',
      statusHistory: [{ status: 'agreed', at: '2025-03-23T17:30', source }],
    };
    const start = await later(new Date().toISOString());
    await later(start);
    const created = await (await request.post('/api/commitments', { data })).json();
    const added = await later(new Date().toISOString());
    await later(added);
    const changed = await request.post(`/api/commitments/${created.slug}/status`, {
      data: { version: created.version, status: 'implemented', at: '2025-04-10T00:00Z', source },
    });
    expect(changed.status(), await changed.text()).toBe(201);
    const implemented = await later(new Date().toISOString());
    await later(implemented);
    const { version } = await changed.json();
    expect((await request.delete(`/api/commitments/${created.slug}?version=${version}`)).status()).toBe(204);
    const end = await later(new Date().toISOString());

    const find = async (query: string) =>
      ((await (await request.get(`/api/changes?${query}`)).json()).items as Change[]).find(
        (c) => c.slug === created.slug,
      );
    expect(await find(`since=${start}&until=${added}&party=ukraine`)).toMatchObject({
      type: 'commitment',
      change: 'added',
    });
    const change = await find(`since=${added}&until=${implemented}`);
    expect(change).toMatchObject({ type: 'commitment', change: 'changed', revisions: [{ action: 'update' }] });
    expect(change!.fields.find((f) => f.field === 'status')).toEqual({
      field: 'status',
      before: 'agreed',
      after: 'implemented',
    });
    expect(change!.fields.map((f) => f.field)).toContain('statusHistory');
    expect(await find(`since=${implemented}&until=${end}`)).toMatchObject({ change: 'removed' });
    expect(await find(`since=${added}&until=${implemented}&kind=talks_session`)).toBeUndefined();
    expect(await find(`since=${added}&until=${implemented}&party=united-states`)).toBeUndefined();

    const window = `since=${encodeURIComponent(start)}&until=${encodeURIComponent(implemented)}`;
    const feed = await (await request.get(`/feeds/changes.atom?${window}`)).text();
    expect(feed).toContain(`<id>tag:parley,2025:commitment/${created.slug}</id>`);
    expect(feed).toContain(`/commitments/${created.slug}`);
  });

  test('a window that ends before it begins, or a bad date, is a 400 naming the field', async ({ request }) => {
    for (const [query, field] of [
      ['since=2025-03-25&until=2025-03-24', 'until'],
      ['since=2025-02-30', 'since'],
      ['until=tomorrow', 'until'],
    ]) {
      const response = await request.get(`/api/changes?${query}`);
      expect(response.status(), query).toBe(400);
      expect(JSON.stringify(await response.json()), query).toContain(field);
    }
  });
});
