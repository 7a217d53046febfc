// asOf answers what the live API answered at that instant: random creates, edits and deletes
// through the write API, a snapshot of GET /api/events (and its facet counts) after each with
// the instant it was taken, then every instant asked again with asOf must give its snapshot exactly.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { storageStateFor, unique } from '../helpers/accounts';

type Op =
  | {
      op: 'create';
      title: string;
      kind: string;
      day: number;
      topics: boolean[];
    }
  | {
      op: 'edit';
      pick: number;
      title: string;
      kind: string;
      day: number;
      topics: boolean[];
    }
  | { op: 'delete'; pick: number };

const kind = fc.constantFrom('statement', 'talks_session', 'proposal');
const day = fc.integer({ min: 1, max: 4 });
const topics = fc.tuple(fc.boolean(), fc.boolean());
const title = fc.constantFrom('Talks resume', 'Readout issued', 'Ceasefire proposal', 'Statement on shipping');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), title, kind, day, topics }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    title,
    kind,
    day,
    topics,
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
);

type Stored = { slug: string; version: number };

/** The instant now, once the clock has moved past `after`: no two steps share a millisecond. */
async function instantAfter(after: string): Promise<string> {
  while (new Date().toISOString() <= after) await new Promise((resolve) => setTimeout(resolve, 1));
  return new Date().toISOString();
}

/** The parts of the answers these tests read. */
type Answer = {
  id: number;
  slug: string;
  version: number;
  status: string;
  items: { match?: unknown }[];
};

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<Answer> {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return response.status() === 204 ? ({} as Answer) : ((await response.json()) as Answer);
}

test.describe('asOf', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('at every instant of random writes, GET /api/events?asOf= answers the snapshot taken then', async ({
    request,
  }) => {
    test.setTimeout(240_000);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const [a, b] = await Promise.all(
          ['As-of topic A', 'As-of topic B'].map(
            async (name) =>
              (
                await ok(
                  await request.post('/api/topics', {
                    data: { name: unique(name) },
                  }),
                )
              ).slug as string,
          ),
        );
        const body = (step: Extract<Op, { title: string }>) => ({
          kind: step.kind,
          title: step.title,
          startsAt: `2025-04-0${step.day}T10:00`,
          timeZone: 'UTC',
          precision: 'minute',
          status: 'occurred',
          topics: [a, b].filter((_, i) => step.topics[i] || (i === 0 && !step.topics[1])),
        });
        const queries = [`topic=${a}`, `topic=${a},${b}&kind=statement`, `topic=${b}&q=talks`];
        const live: Stored[] = [];
        const facets = `topic=${a}`;
        const snapshots: {
          at: string;
          answers: unknown[];
          counts: unknown;
        }[] = [];
        let last = new Date().toISOString();
        const snapshot = async () => {
          // A search's highlights belong to the live index; as of then a search finds without marking.
          const answers = await Promise.all(
            queries.map(async (query) =>
              (await ok(await request.get(`/api/events?${query}&limit=200`))).items.map(
                ({ match: _match, ...item }) => item,
              ),
            ),
          );
          const counts = await ok(await request.get(`/api/events/facets?${facets}`));
          last = await instantAfter(new Date().toISOString());
          snapshots.push({ at: last, answers, counts });
        };
        await snapshot();
        for (const step of ops) {
          await instantAfter(last);
          if (step.op === 'create') {
            const created = await ok(await request.post('/api/events', { data: body(step) }));
            live.push({ slug: created.slug, version: created.version });
          } else if (live.length > 0) {
            const target = live[step.pick % live.length];
            if (step.op === 'edit') {
              const updated = await ok(
                await request.patch(`/api/events/${target.slug}`, {
                  data: { ...body(step), version: target.version },
                }),
              );
              target.version = updated.version;
            } else {
              await ok(await request.delete(`/api/events/${target.slug}?version=${target.version}`));
              live.splice(live.indexOf(target), 1);
            }
          }
          await snapshot();
        }
        for (const { at, answers, counts } of snapshots) {
          const then = await Promise.all(
            queries.map(
              async (query) => (await ok(await request.get(`/api/events?${query}&limit=200&asOf=${at}`))).items,
            ),
          );
          expect(then, `as of ${at}`).toEqual(answers);
          expect(await ok(await request.get(`/api/events/facets?${facets}&asOf=${at}`)), `facets as of ${at}`).toEqual(
            counts,
          );
        }
      }),
      { numRuns: 15 },
    );
  });

  test('one event as of before its creation, after an edit and after its deletion', async ({ request }) => {
    const name = unique('As-of single');
    const before = await instantAfter(new Date().toISOString());
    await instantAfter(before);
    const data = {
      kind: 'statement',
      title: name,
      startsAt: '2025-05-01T09:00',
      timeZone: 'UTC',
      precision: 'minute',
      status: 'scheduled',
    };
    const created = await ok(await request.post('/api/events', { data }));
    const scheduled = await instantAfter(new Date().toISOString());
    await instantAfter(scheduled);
    const held = await ok(
      await request.patch(`/api/events/${created.slug}`, {
        data: { ...data, status: 'occurred', version: created.version },
      }),
    );
    const occurred = await instantAfter(new Date().toISOString());
    await instantAfter(occurred);
    await ok(await request.delete(`/api/events/${created.slug}?version=${held.version}`));

    expect((await request.get(`/api/events/${created.slug}?asOf=${before}`)).status()).toBe(404);
    expect(await ok(await request.get(`/api/events/${created.slug}?asOf=${scheduled}`))).toEqual(created);
    expect(await ok(await request.get(`/api/events/${created.id}?asOf=${occurred}`))).toEqual(held);
    expect((await request.get(`/api/events/${created.slug}`)).status()).toBe(404);
    const offset = occurred.replace('Z', '+00:00');
    expect((await ok(await request.get(`/api/events/${created.slug}?asOf=${encodeURIComponent(offset)}`))).status).toBe(
      'occurred',
    );
  });

  test('a bad asOf is a 400 naming the parameter', async ({ request }) => {
    for (const path of [
      '/api/events?asOf=2025-02-30',
      '/api/events/1?asOf=yesterday',
      '/api/claims?asOf=2025-13-01',
      '/api/events/facets?asOf=2025-03-24T18',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(JSON.stringify(await response.json()), path).toContain('asOf');
    }
  });
});
