// Claims, points and readouts through the real write path on a real migrated database: the
// versioned writes with their revisions, the search indexes, the filtered list, and the
// comparison of two parties' readouts of one session (alignment and computed omissions).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { decodeCursor, type EventCursor } from '@/db/cursor';
import { ReferenceMismatchError, VersionConflictError } from '@/db/errors';
import {
  createAnalysis,
  deleteAnalysis,
  getAnalysis,
  restoreAnalysis,
  updateAnalysis,
  type ClaimInput,
} from '@/db/queries/claim-writes';
import { listClaims } from '@/db/queries/claims';
import { createEvent, getEventSnapshot, updateEvent } from '@/db/queries/event-writes';
import { listEvents } from '@/db/queries/events';
import { getPositionMatrix } from '@/db/queries/positions';
import { getEventReadouts } from '@/db/queries/readouts';
import { createRecord } from '@/db/queries/record-writes';
import { listRevisions } from '@/db/queries/revisions';
import { sourceInputSchema } from '@/lib/validation/records';
import { claimInputSchema } from '@/lib/validation/claims';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'Ana Analyst' };
const SESSION = 'black-sea-talks-fixture';
let db: ParleyDb;

function claim(party: string, source: string, exact: string, extra: Partial<ClaimInput> = {}): ClaimInput {
  return {
    event: SESSION,
    party,
    source,
    kind: 'assertion',
    quote: { exact, prefix: 'The parties ', suffix: '.' },
    topics: [],
    attribution: 'official_readout',
    confidence: 'high',
    ...extra,
  };
}

beforeAll(async () => {
  db = await useTemporaryDatabase();
  await createEvent({
    input: {
      slug: SESSION,
      kind: 'talks_session',
      title: 'Black Sea talks (fixture)',
      startsAt: '2025-03-25T10:00:00+03:00',
      timeZone: 'Asia/Riyadh',
      precision: 'day',
      status: 'held',
    },
    actor,
    db,
  });
  await createRecord('source', {
    input: {
      slug: 'us-readout',
      title: 'Readout of the Black Sea talks',
      publisher: 'The White House',
      publishedOn: '2025-03-25',
      kind: 'readout',
      party: 'united-states',
    },
    actor,
    db,
  });
  await createRecord('source', {
    input: {
      slug: 'ru-readout',
      title: 'Statement on the Black Sea talks',
      publisher: 'The Kremlin',
      publishedOn: '2025-03-25',
      kind: 'readout',
      party: 'russia',
    },
    actor,
    db,
  });
});

describe('the claim write path', () => {
  it('creates, updates on the current version only, deletes and restores, each with its revision', async () => {
    const created = await createAnalysis('claim', {
      input: claim('united-states', 'us-readout', 'a moratorium on strikes in the Arctic', { topics: ['ceasefire'] }),
      actor,
      db,
    });
    expect(created).toMatchObject({
      version: 1,
      party: 'united-states',
      source: 'us-readout',
      quote: { exact: 'a moratorium on strikes in the Arctic', prefix: 'The parties ', suffix: '.' },
      topics: ['ceasefire'],
      person: null,
    });
    expect(created.slug).toMatch(/^united-states-a-moratorium/);
    const input = claim('united-states', 'us-readout', 'a moratorium on strikes in the Arctic', {
      paraphrase: 'No strikes in the Arctic',
      kind: 'commitment',
    });
    const updated = await updateAnalysis('claim', { id: created.id, version: 1, input, actor, db });
    expect(updated).toMatchObject({
      version: 2,
      kind: 'commitment',
      paraphrase: 'No strikes in the Arctic',
      topics: [],
    });
    await expect(updateAnalysis('claim', { id: created.id, version: 1, input, actor, db })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await deleteAnalysis('claim', { id: created.id, version: 2, actor, db });
    expect((await getAnalysis('claim', { id: created.id, db }))?.deletedAt).not.toBeNull();
    expect((await listClaims({ filters: { q: 'Arctic' }, db })).items).toEqual([]);
    await restoreAnalysis('claim', { id: created.id, actor, db });
    expect((await listClaims({ filters: { q: 'Arctic' }, db })).items.map((c) => c.id)).toEqual([created.id]);
    const log = await listRevisions({ entityType: 'claim', entityId: created.id, db });
    expect(log.map((r) => r.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect((log[2].before as { kind: string }).kind).toBe('assertion');
    await deleteAnalysis('claim', { id: created.id, version: 4, actor, db });
  });

  it('makes a claim’s quote and paraphrase findable in the claims and in its session’s event search', async () => {
    const made = await createAnalysis('claim', {
      input: claim('russia', 'ru-readout', 'grain corridor guarantees', {
        paraphrase: 'Moscow wants fertiliser exports insured',
      }),
      actor,
      db,
    });
    expect((await listClaims({ filters: { q: 'fertiliser' }, db })).items.map((c) => c.slug)).toEqual([made.slug]);
    expect((await listEvents({ filters: { q: 'grain corridor' }, db })).items.map((e) => e.slug)).toEqual([SESSION]);
    await deleteAnalysis('claim', { id: made.id, version: 1, actor, db });
    expect((await listEvents({ filters: { q: 'grain corridor' }, db })).items).toEqual([]);
  });

  it('refuses a point grouping a claim of another session, naming the field', async () => {
    const elsewhere = await createAnalysis('claim', {
      input: {
        ...claim('ukraine', 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks', 'productive and focused'),
        event: 'ukraine-us-talks-riyadh-2025-03-23',
      },
      actor,
      db,
    });
    await expect(
      createAnalysis('point', {
        input: { event: SESSION, label: 'Tone', alignment: 'agreed', claims: [elsewhere.slug] },
        actor,
        db,
      }),
    ).rejects.toMatchObject({
      name: 'ReferenceMismatchError',
      field: 'claims.0',
    });
    await expect(
      createAnalysis('point', {
        input: { event: SESSION, label: 'Tone', alignment: 'agreed', claims: [elsewhere.slug] },
        actor,
        db,
      }),
    ).rejects.toBeInstanceOf(ReferenceMismatchError);
    await deleteAnalysis('claim', { id: elsewhere.id, version: 1, actor, db });
  });
});

describe('the readouts of a session', () => {
  it('shows each readout with its claims and each point with its alignment and the parties that left it out', async () => {
    const usEnergy = await createAnalysis('claim', {
      input: claim('united-states', 'us-readout', 'ban strikes against energy facilities', {
        topics: ['energy-infrastructure'],
      }),
      actor,
      db,
    });
    const ruEnergy = await createAnalysis('claim', {
      input: claim('russia', 'ru-readout', 'refrain from strikes on energy infrastructure', {
        topics: ['energy-infrastructure'],
      }),
      actor,
      db,
    });
    const usSea = await createAnalysis('claim', {
      input: claim('united-states', 'us-readout', 'ensure safe navigation in the Black Sea', {
        kind: 'commitment',
        topics: ['black-sea-shipping'],
      }),
      actor,
      db,
    });
    const ruSea = await createAnalysis('claim', {
      input: claim('russia', 'ru-readout', 'after the lifting of sanctions on Rosselkhozbank', {
        kind: 'demand',
        topics: ['black-sea-shipping'],
      }),
      actor,
      db,
    });
    const usOnly = await createAnalysis('claim', {
      input: claim('united-states', 'us-readout', 'exchange of prisoners of war', { kind: 'commitment' }),
      actor,
      db,
    });
    const scope = await createAnalysis('point', {
      input: {
        event: SESSION,
        label: 'Scope of the strike moratorium',
        alignment: 'diverges',
        topics: ['energy-infrastructure'],
        claims: [usEnergy.slug, ruEnergy.slug],
      },
      actor,
      db,
    });
    const sea = await createAnalysis('point', {
      input: {
        event: SESSION,
        label: 'Black Sea navigation',
        alignment: 'conditional',
        topics: ['black-sea-shipping'],
        claims: [usSea.slug, ruSea.slug],
      },
      actor,
      db,
    });
    const prisoners = await createAnalysis('point', {
      input: { event: SESSION, label: 'Prisoner exchange', alignment: 'agreed', claims: [usOnly.slug] },
      actor,
      db,
    });

    const answer = await getEventReadouts({ key: SESSION, db });
    expect(answer.event.slug).toBe(SESSION);
    expect(answer.readouts.map((r) => [r.party.slug, r.source.slug, r.claims.map((c) => c.slug)])).toEqual([
      ['united-states', 'us-readout', [usEnergy.slug, usSea.slug, usOnly.slug]],
      ['russia', 'ru-readout', [ruEnergy.slug, ruSea.slug]],
    ]);
    expect(answer.points.map((p) => [p.slug, p.alignment, p.omittedBy, p.claims.map((c) => c.party.slug)])).toEqual([
      [scope.slug, 'diverges', [], ['united-states', 'russia']],
      [sea.slug, 'conditional', [], ['united-states', 'russia']],
      [prisoners.slug, 'agreed', ['russia'], ['united-states']],
    ]);
    expect(answer.points[1].claims[1]).toMatchObject({
      kind: 'demand',
      text: 'after the lifting of sanctions on Rosselkhozbank',
      quote: { prefix: 'The parties ', suffix: '.' },
      source: { slug: 'ru-readout', kind: 'readout', party: { slug: 'russia' } },
    });
    expect(answer.points[0].topics).toEqual([{ slug: 'energy-infrastructure', name: 'Energy infrastructure' }]);

    // A third party's readout that the session cites but that no claim quotes: it omits every point.
    await createRecord('source', {
      input: {
        slug: 'ua-readout',
        title: 'Umerov on the Black Sea talks',
        publisher: 'Ministry of Defence of Ukraine',
        publishedOn: '2025-03-26',
        kind: 'readout',
        party: 'ukraine',
      },
      actor,
      db,
    });
    const session = (await listEvents({ filters: { q: 'Black Sea talks fixture' }, db })).items[0];
    const snapshot = (await getEventSnapshot({ id: session.id, db }))!;
    await updateEvent({
      id: session.id,
      version: snapshot.version,
      input: {
        ...snapshot,
        citations: [
          {
            source: 'ua-readout',
            excerpt: 'The talks were useful.',
            attribution: 'official_readout',
            confidence: 'high',
          },
        ],
      },
      actor,
      db,
    });
    const withKyiv = await getEventReadouts({ key: SESSION, db });
    expect(withKyiv.readouts.map((r) => [r.party.slug, r.claims.length])).toEqual([
      ['united-states', 3],
      ['russia', 2],
      ['ukraine', 0],
    ]);
    expect(withKyiv.points.map((p) => p.omittedBy)).toEqual([['ukraine'], ['ukraine'], ['russia', 'ukraine']]);

    // Deleting Russia's claim on the scope makes Russia one that omits it.
    await deleteAnalysis('claim', { id: ruEnergy.id, version: 1, actor, db });
    expect((await getEventReadouts({ key: SESSION, db })).points[0]).toMatchObject({
      omittedBy: ['russia', 'ukraine'],
      claims: [{ slug: usEnergy.slug }],
    });
  });

  it('answers an unknown session with a not-found error', async () => {
    await expect(getEventReadouts({ key: 'no-such-session', db })).rejects.toMatchObject({
      name: 'RecordNotFoundError',
    });
  });
});

describe('the claims list', () => {
  it('filters by topic, party, kind and session, and pages along the keyset cursor without gaps', async () => {
    expect(
      (await listClaims({ filters: { topic: ['black-sea-shipping'] }, db })).items.map((c) => c.quote.exact),
    ).toEqual(['ensure safe navigation in the Black Sea', 'after the lifting of sanctions on Rosselkhozbank']);
    expect(
      (await listClaims({ filters: { event: [SESSION], party: ['russia'], kind: ['demand'] }, db })).items.map(
        (c) => c.quote.exact,
      ),
    ).toEqual(['after the lifting of sanctions on Rosselkhozbank']);
    expect(
      (
        await listClaims({ filters: { party: ['russia'], kind: ['demand'], to: '2025-03-24T00:00:00.000Z' }, db })
      ).items.map((c) => c.quote.exact),
    ).toEqual(['asserting territorial control', 'ensuring Ukraine never joins NATO']);
    const all = (await listClaims({ filters: { event: [SESSION] }, limit: 200, db })).items;
    const walked: string[] = [];
    let cursor: EventCursor | null = null;
    do {
      const page: Awaited<ReturnType<typeof listClaims>> = await listClaims({
        filters: { event: [SESSION] },
        limit: 2,
        cursor,
        db,
      });
      walked.push(...page.items.map((c) => c.slug));
      cursor = page.nextCursor ? decodeCursor(page.nextCursor) : null;
    } while (cursor);
    expect(walked).toEqual(all.map((c) => c.slug));
    expect(all.length).toBeGreaterThan(2);
    await expect(listClaims({ filters: { topic: ['no-such-topic'] }, db })).rejects.toMatchObject({ field: 'topic' });
  });

  it('reads newest first on request, paging back along its own cursor', async () => {
    const oldest = (await listClaims({ limit: 200, db })).items.map((c) => c.slug);
    const newest = (await listClaims({ order: 'newest', limit: 200, db })).items.map((c) => c.slug);
    expect(newest).toEqual([...oldest].reverse());
    const walked: string[] = [];
    let cursor: EventCursor | null = null;
    do {
      const page: Awaited<ReturnType<typeof listClaims>> = await listClaims({ order: 'newest', limit: 3, cursor, db });
      walked.push(...page.items.map((c) => c.slug));
      cursor = page.nextCursor ? decodeCursor(page.nextCursor) : null;
    } while (cursor);
    expect(walked).toEqual(newest);
  });

  it('bounds claims by the local days of their sessions, as the timeline bounds events: a date "to" takes in its whole day', async () => {
    const ofSession = async (bounds: { from?: string; to?: string }) =>
      (await listClaims({ filters: { event: [SESSION], ...bounds }, limit: 200, db })).items.length;
    const all = await ofSession({});
    expect(all).toBeGreaterThan(0);
    expect(await ofSession({ from: '2025-03-25', to: '2025-03-25' })).toBe(all);
    expect(await ofSession({ to: '2025-03-24' })).toBe(0);
    expect(await ofSession({ from: '2025-03-26' })).toBe(0);
  });
});

describe('positions derived from claims', () => {
  it('put every topic with claims in the matrix, Black Sea shipping included, with the quote behind the cell', async () => {
    const matrix = await getPositionMatrix({ db });
    expect(matrix.topics.map((t) => t.slug)).toContain('black-sea-shipping');
    const cell = matrix.cells.find((c) => c.party.slug === 'russia' && c.topic.slug === 'black-sea-shipping')!;
    expect(cell.latest).toMatchObject({
      basis: 'claim',
      stance: 'after the lifting of sanctions on Rosselkhozbank',
      statedOn: '2025-03-25',
      claim: { kind: 'demand', event: { slug: SESSION }, quote: { prefix: 'The parties ' } },
    });
    expect(cell.latest.citations[0].source.slug).toBe('ru-readout');
  });
});

describe('the write schemas', () => {
  it('require a readout to name its party and keep a party to readouts and statements', () => {
    const base = { title: 'A readout', publisher: 'Somebody' };
    expect(
      sourceInputSchema.safeParse({ ...base, kind: 'readout' }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['party']);
    expect(
      sourceInputSchema
        .safeParse({ ...base, kind: 'report', party: 'russia' })
        .error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['party']);
    expect(sourceInputSchema.safeParse({ ...base, kind: 'statement', party: 'russia' }).success).toBe(true);
    expect(sourceInputSchema.parse(base).kind).toBe('report');
  });

  it('keep a quote’s prefix and suffix exactly, spaces included, so the quote can be found again', () => {
    const quote = { exact: 'ban strikes', prefix: 'agreed to ', suffix: ' against energy' };
    expect(
      claimInputSchema.parse({
        event: 'x',
        party: 'russia',
        source: 's',
        kind: 'assertion',
        quote,
        attribution: 'reporter',
        confidence: 'high',
      }).quote,
    ).toEqual(quote);
  });

  it('name every bad field of a claim by its path', () => {
    const result = claimInputSchema.safeParse({
      event: 'x',
      party: 'Not A Slug',
      source: 's',
      kind: 'rumour',
      quote: { exact: '' },
      attribution: 'reporter',
      confidence: 'high',
    });
    expect(
      Object.keys(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).sort(),
    ).toEqual(['kind', 'party', 'quote.exact']);
  });
});
