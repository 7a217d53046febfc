import { setImmediate as nextTurn } from 'node:timers/promises';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { getEvent, listEvents, type EventDetailDTO } from '@/db/queries/events';
import { streamEventDetails, streamEvents } from '@/db/queries/event-stream';
import { createEvent } from '@/db/queries/event-writes';
import { createAnalysis } from '@/db/queries/claim-writes';
import { listClaims } from '@/db/queries/claims';
import { getEventReadouts } from '@/db/queries/readouts';
import { createSource } from '@/db/queries/record-writes';
import { listRevisions, SYSTEM_ACTOR } from '@/db/queries/revisions';
import { events, revisions } from '@/db/schema';
import { eventCsv } from '@/lib/exports/event-csv';
import { eventJson } from '@/lib/exports/event-json';
import { importEventsText, importEventsUpload } from '@/lib/import/service';
import { directoryOnly, useTemporaryDatabase } from '../helpers/db';
import { collect } from '../helpers/exports';

const actor = { id: null, name: 'Import test' };
let source: ParleyDb;
let exported: string;
let exportedCsv: string;

const revisionCount = (db: ParleyDb) => db.select({ n: count() }).from(revisions).get()!.n;
const eventCount = (db: ParleyDb) => db.select({ n: count() }).from(events).get()!.n;

/** What a reader sees of an event, without what a database assigns (ids, clocks, versions). */
function content(event: EventDetailDTO) {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, citations, statusHistory, ...rest } = event;
  return {
    ...rest,
    citations: citations.map(({ id: _cid, ...c }) => c),
    statusHistory: statusHistory.map(({ id: _sid, citations: cs, ...s }) => ({
      ...s,
      citations: cs.map(({ id: _cid, ...c }) => c),
    })),
  };
}

beforeAll(async () => {
  source = await useTemporaryDatabase();
  exported = await collect(eventJson(streamEventDetails({ db: source, pageSize: 4 })));
  exportedCsv = await collect(eventCsv(streamEvents({ db: source })));
});

describe('export, then import into an empty database', () => {
  test('reproduces every event exactly as the API shows it', async () => {
    const target = await directoryOnly();
    const report = await importEventsText({ text: exported, format: 'json', dryRun: false, actor, db: target });
    const original = (await listEvents({ limit: 200, db: source })).items;
    expect(report.rejected).toEqual([]);
    expect(report.committed).toBe(true);
    expect(report.created).toHaveLength(original.length);
    for (const event of original) {
      const before = (await getEvent({ key: event.slug, db: source }))!;
      const after = (await getEvent({ key: event.slug, db: target }))!;
      expect(content(after)).toEqual(content(before));
    }
  });

  test('a dry run reports what would be created and writes nothing', async () => {
    const target = await directoryOnly();
    const revisionsBefore = revisionCount(target);
    const report = await importEventsText({ text: exported, format: 'json', dryRun: true, actor, db: target });
    expect(report.created.length).toBeGreaterThan(0);
    expect(report.committed).toBe(false);
    expect(eventCount(target)).toBe(0);
    expect(revisionCount(target)).toBe(revisionsBefore);
  });
});

describe('re-importing', () => {
  test('the same JSON file changes nothing and writes no revision', async () => {
    const before = revisionCount(source);
    const report = await importEventsText({ text: exported, format: 'json', dryRun: false, actor, db: source });
    expect(report.rejected).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged.length).toBe(eventCount(source));
    expect(revisionCount(source)).toBe(before);
  });

  test('the same CSV file changes nothing either', async () => {
    const before = revisionCount(source);
    const report = await importEventsText({ text: exportedCsv, format: 'csv', dryRun: false, actor, db: source });
    expect(report.rejected).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged.length).toBe(eventCount(source));
    expect(revisionCount(source)).toBe(before);
  });

  test('an edited CSV row updates that event, keeping the citations the CSV does not carry', async () => {
    const slug = 'ukraine-us-talks-riyadh-2025-03-23';
    const edited = exportedCsv.replace(`,17:30,Europe/Kyiv,`, `,18:00,Europe/Kyiv,`);
    expect(edited).not.toBe(exportedCsv);
    const before = (await getEvent({ key: slug, db: source }))!;
    const dry = await importEventsText({ text: edited, format: 'csv', dryRun: true, actor, db: source });
    expect(dry.updated.map((o) => o.slug)).toEqual([slug]);
    expect((await getEvent({ key: slug, db: source }))!.startsAt).toBe(before.startsAt);
    const real = await importEventsText({ text: edited, format: 'csv', dryRun: false, actor, db: source });
    expect(real.committed).toBe(true);
    const after = (await getEvent({ key: slug, db: source }))!;
    expect(after.startsAt).toBe('2025-03-23T16:00:00.000Z');
    expect(after.version).toBe(before.version + 1);
    expect(after.citations.map(({ id: _id, ...c }) => c)).toEqual(before.citations.map(({ id: _id, ...c }) => c));
    expect(after.statusHistory.length).toBe(before.statusHistory.length);
  });
});

describe('a file with a bad row', () => {
  test('is rejected as a whole in the real run, naming the row, its line and the reason', async () => {
    const target = await directoryOnly();
    const lines = exported.split('\n');
    // Line 1 is `{"items":[`; line 3 holds the second event.
    lines[2] = lines[2].replace('"slug":"russia","name"', '"slug":"atlantis","name"');
    const bad = lines.join('\n');
    expect(bad).not.toBe(exported);
    const report = await importEventsText({ text: bad, format: 'json', dryRun: false, actor, db: target });
    expect(report.committed).toBe(false);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ line: 3 });
    expect(report.rejected[0].reason).toContain('atlantis');
    expect(eventCount(target)).toBe(0);
  });

  test('a CSV row that does not validate is named by its line and field', async () => {
    const target = await directoryOnly();
    const rows = exportedCsv.split('\r\n');
    rows[3] = rows[3].replace(/,talks_session,|,statement,|,announcement,|,agreement,|,proposal,|,attack,/, ',battle,');
    const report = await importEventsText({ text: rows.join('\r\n'), format: 'csv', dryRun: false, actor, db: target });
    expect(report.committed).toBe(false);
    expect(report.rejected.map((r) => r.line)).toEqual([4]);
    expect(report.rejected[0].reason).toMatch(/^kind /);
    expect(eventCount(target)).toBe(0);
  });

  test('a slug given twice is rejected on its second line', async () => {
    const target = await directoryOnly();
    const lines = exported.split('\n');
    const last = lines.at(-3)!;
    const text = [...lines.slice(0, -3), `${last},`, last, ...lines.slice(-2)].join('\n');
    const report = await importEventsText({ text, format: 'json', dryRun: true, actor, db: target });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0].reason).toMatch(/already on line \d+/);
    expect(report.rejected[0].line).toBe(lines.length - 1);
  });
});

describe('an uploaded file', () => {
  test('that is not UTF-8 is refused before any row is read', async () => {
    const file = new File([Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])], 'events.json');
    await expect(importEventsUpload({ file, dryRun: true, actor: SYSTEM_ACTOR })).rejects.toThrow(/not valid UTF-8/);
  });
});

/** The exported events again and again under new slugs, without links between them or claims (which name their event): a large file. */
function manyEvents(copies: number): string {
  const items = (JSON.parse(exported) as { items: Record<string, unknown>[] }).items;
  const copied = Array.from({ length: copies }, (_, i) =>
    items.map((item) => ({ ...item, slug: `${item.slug as string}-copy-${i}`, related: [], claims: [], points: [] })),
  ).flat();
  return JSON.stringify({ items: copied });
}

describe('while a large import runs', () => {
  test('the server answers reads between its rows, and refuses other writes at once instead of blocking', async () => {
    const target = await directoryOnly();
    const text = manyEvents(20);
    let finished = false;
    const running = importEventsText({ text, format: 'json', dryRun: false, actor, db: target }).then((report) => {
      finished = true;
      return report;
    });
    // Between its slices the loop runs: reads see the state before the import, and once its
    // rows are being written a write is told to come back later rather than waiting.
    let turnsWhileRunning = 0;
    let writesBefore = 0;
    let refusal: unknown = null;
    const input = {
      kind: 'statement',
      title: 'Written during an import',
      startsAt: '2025-03-23T12:00:00Z',
      timeZone: 'UTC',
      precision: 'day',
      status: 'occurred',
    } as const;
    while (!finished && !refusal) {
      await nextTurn();
      if (finished) break;
      turnsWhileRunning++;
      expect((await listEvents({ limit: 1, db: target })).items).toHaveLength(writesBefore ? 1 : 0);
      await createEvent({ input: { ...input, slug: `written-${turnsWhileRunning}` }, actor, db: target }).then(
        () => writesBefore++,
        (error: unknown) => (refusal = error),
      );
    }
    expect(turnsWhileRunning).toBeGreaterThan(0);
    expect(String(refusal)).toMatch(/import is being written/);
    const report = await running;
    expect(report.committed).toBe(true);
    expect(eventCount(target)).toBe(report.created.length + writesBefore);
    const [first] = (JSON.parse(exported) as { items: { slug: string }[] }).items;
    expect(report.created.some((o) => o.slug === `${first.slug}-copy-19`)).toBe(true);
  });
});

describe('every imported row passes the write API schema', () => {
  const withFirstItem = (change: (item: Record<string, unknown>) => void) => {
    const data = JSON.parse(exported) as { items: Record<string, unknown>[] };
    change(data.items[0]);
    return JSON.stringify(data);
  };

  test('an instant without an offset is refused, not read in the server zone', async () => {
    const target = await directoryOnly();
    const text = withFirstItem((item) => {
      item.startsAt = '2025-03-23T17:30';
      item.endsAt = null;
    });
    const report = await importEventsText({ text, format: 'json', dryRun: true, actor, db: target });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0].reason).toMatch(/^startsAt must be an ISO 8601 instant with its offset/);
  });

  test('control characters and over-long text are refused as the API refuses them', async () => {
    const target = await directoryOnly();
    const control = await importEventsText({
      text: withFirstItem((item) => (item.title = 'Talks\u0007 resume')),
      format: 'json',
      dryRun: true,
      actor,
      db: target,
    });
    expect(control.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^title must not contain control characters/),
    ]);
    const long = await importEventsText({
      text: withFirstItem((item) => (item.summary = 'x'.repeat(5001))),
      format: 'json',
      dryRun: true,
      actor,
      db: target,
    });
    expect(long.rejected.map((r) => r.reason)).toEqual(['summary is longer than 5000 characters']);
  });
});

describe('claims and points in the JSON export', () => {
  const SESSION = 'readout-round-trip-fixture';
  const readoutSources = [
    {
      slug: 'fixture-us-readout',
      title: 'Readout of the fixture talks',
      publisher: 'The White House',
      publishedOn: '2025-03-25',
      kind: 'readout' as const,
      party: 'united-states',
    },
    {
      slug: 'fixture-ru-readout',
      title: 'Statement on the fixture talks',
      publisher: 'The Kremlin',
      publishedOn: '2025-03-25',
      kind: 'readout' as const,
      party: 'russia',
    },
  ];
  let withClaims: ParleyDb;
  let file: string;

  /** What a comparison shows, without what a database assigns. */
  const comparison = async (db: ParleyDb) => {
    const { readouts, points } = await getEventReadouts({ key: SESSION, db });
    const claim = ({ id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    return {
      readouts: readouts.map((r) => ({ ...r, claims: r.claims.map(claim) })),
      points: points.map(({ id: _id, version: _v, claims, ...rest }) => ({ ...rest, claims: claims.map(claim) })),
    };
  };

  beforeAll(async () => {
    withClaims = await useTemporaryDatabase();
    await createEvent({
      input: {
        slug: SESSION,
        kind: 'talks_session',
        title: 'Fixture talks',
        startsAt: '2025-03-25T10:00:00+03:00',
        timeZone: 'Asia/Riyadh',
        precision: 'day',
        status: 'held',
      },
      actor,
      db: withClaims,
    });
    for (const input of readoutSources) await createSource({ input, actor, db: withClaims });
    const base = {
      event: SESSION,
      kind: 'assertion' as const,
      attribution: 'official_readout' as const,
      confidence: 'high' as const,
    };
    const us = await createAnalysis('claim', {
      input: {
        ...base,
        party: 'united-states',
        source: 'fixture-us-readout',
        quote: { exact: 'no strikes on energy', prefix: 'agreed to ', suffix: '.' },
        topics: ['energy-infrastructure'],
      },
      actor,
      db: withClaims,
    });
    const ru = await createAnalysis('claim', {
      input: {
        ...base,
        party: 'russia',
        source: 'fixture-ru-readout',
        kind: 'demand',
        person: 'vladimir-putin',
        quote: { exact: 'once sanctions are lifted', prefix: '', suffix: '' },
        paraphrase: 'Conditional on sanctions relief',
      },
      actor,
      db: withClaims,
    });
    await createAnalysis('point', {
      input: {
        event: SESSION,
        label: 'Energy strikes',
        alignment: 'conditional',
        topics: ['energy-infrastructure'],
        claims: [us.slug, ru.slug],
      },
      actor,
      db: withClaims,
    });
    await createAnalysis('claim', {
      input: {
        ...base,
        party: 'russia',
        source: 'fixture-ru-readout',
        quote: { exact: 'an exchange of prisoners', prefix: '', suffix: '' },
      },
      actor,
      db: withClaims,
    });
    file = await collect(eventJson(streamEventDetails({ db: withClaims })));
  });

  test('carries each event’s claims and points in the write API’s shape', () => {
    const item = (JSON.parse(file) as { items: { slug: string; claims: unknown[]; points: unknown[] }[] }).items.find(
      (i) => i.slug === SESSION,
    )!;
    expect(item.claims).toHaveLength(3);
    expect(item.claims[1]).toEqual({
      slug: expect.any(String),
      version: 1,
      event: SESSION,
      party: 'russia',
      person: 'vladimir-putin',
      source: 'fixture-ru-readout',
      kind: 'demand',
      quote: { exact: 'once sanctions are lifted', prefix: '', suffix: '' },
      paraphrase: 'Conditional on sanctions relief',
      topics: [],
      attribution: 'official_readout',
      confidence: 'high',
    });
    expect(item.points).toEqual([
      expect.objectContaining({
        event: SESSION,
        label: 'Energy strikes',
        alignment: 'conditional',
        claims: [expect.any(String), expect.any(String)],
      }),
    ]);
  });

  test('imported into an empty database, gives the same claims, points and comparison, with revisions', async () => {
    const target = await directoryOnly();
    for (const input of readoutSources) await createSource({ input, actor, db: target });
    const report = await importEventsText({ text: file, format: 'json', dryRun: false, actor, db: target });
    expect(report.rejected).toEqual([]);
    expect(report.committed).toBe(true);
    expect(await comparison(target)).toEqual(await comparison(withClaims));
    const all = async (db: ParleyDb) =>
      (await listClaims({ limit: 500, db })).items.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(await all(target)).toEqual(await all(withClaims));
    expect(
      (
        await listRevisions({
          entityType: 'point',
          entityId: (await getEventReadouts({ key: SESSION, db: target })).points[0].id,
          db: target,
        })
      ).map((r) => r.action),
    ).toEqual(['create']);

    // The same file again changes nothing; an edited quote updates that claim and reports its event updated.
    const again = await importEventsText({ text: file, format: 'json', dryRun: false, actor, db: target });
    expect(again.updated).toEqual([]);
    const edited = await importEventsText({
      text: file.replace('"exact":"an exchange of prisoners"', '"exact":"an exchange of 175 prisoners"'),
      format: 'json',
      dryRun: false,
      actor,
      db: target,
    });
    expect(edited.updated.map((o) => o.slug)).toEqual([SESSION]);
    expect(
      (await listClaims({ filters: { q: '175' }, db: target })).items.map((c) => [c.quote.exact, c.version]),
    ).toEqual([['an exchange of 175 prisoners', 2]]);
  });

  test('a claim the write API would refuse, or about another event, is rejected naming the field', async () => {
    const target = await directoryOnly();
    for (const input of readoutSources) await createSource({ input, actor, db: target });
    const cases = [
      [
        file.replace(
          '"kind":"demand","quote":{"exact":"once sanctions',
          '"kind":"rumour","quote":{"exact":"once sanctions',
        ),
        'claims.1.kind must be one of',
      ],
      [
        file.replace(`"event":"${SESSION}","label"`, '"event":"riyadh-talks-march-2025","label"'),
        `points.0.event must be this event's slug`,
      ],
    ] as const;
    for (const [bad, message] of cases) {
      expect(bad).not.toBe(file);
      const report = await importEventsText({ text: bad, format: 'json', dryRun: false, actor, db: target });
      expect(report.committed).toBe(false);
      expect(report.rejected.find((r) => r.slug === SESSION)?.reason).toContain(message);
    }
  });
});
