// Every feed and export must parse with a standard parser whatever is stored: records written
// through the real write path from arbitrary valid input (a property test), and records stored
// before today's write rules (a year 0100, a date past 9999 in the zone furthest ahead, a
// non-character, a lone carriage return, markup in a topic's name).
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { openDatabase, type ParleyDb } from '@/db/connection';
import { EVENT_KINDS, EVENT_STATUSES, PRECISIONS } from '@/db/enums';
import { getEventFacets } from '@/db/queries/event-facets';
import { listRecentlyChanged, streamEventDetails, streamEvents } from '@/db/queries/event-stream';
import { createEvent } from '@/db/queries/event-writes';
import { listEvents } from '@/db/queries/events';
import { createTopic } from '@/db/queries/record-writes';
import { eventAtom } from '@/lib/exports/event-atom';
import { eventCsv, unguardFormula } from '@/lib/exports/event-csv';
import { eventJson } from '@/lib/exports/event-json';
import { importEventsText } from '@/lib/import/service';
import { eventInputSchema } from '@/lib/validation/event';
import { temporaryDatabasePath } from '../helpers/db';
import { calendarOf, collect } from '../helpers/exports';

const actor = { id: null, name: 'Export test' };
const HOSTILE_TOPIC = 'Ceasefire < 30 days & "more"';
const HOSTILE_TOPIC_SLUG = 'ceasefire-30-days-more';

async function emptyDatabase(): Promise<ParleyDb> {
  const db = openDatabase(temporaryDatabasePath());
  await createTopic({ input: { name: HOSTILE_TOPIC, description: '' }, actor, db });
  await createTopic({ input: { name: 'Prisoners', description: '' }, actor, db });
  return db;
}

async function exportsOf(db: ParleyDb) {
  const atom = eventAtom({
    events: await listRecentlyChanged({ limit: 50, db }),
    title: `Parley events: topic ${HOSTILE_TOPIC}`,
    selfUrl: 'https://parley.test/feeds/events.atom',
    origin: 'https://parley.test',
    updated: null,
  });
  return {
    csv: await collect(eventCsv(streamEvents({ db }))),
    json: await collect(eventJson(streamEventDetails({ db }))),
    ics: await calendarOf(db),
    atom,
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'entry' || name === 'category',
});

type AtomEntry = { title: { '#text'?: string }; category: { '@_label': string }[] };

function parsedExports(texts: Awaited<ReturnType<typeof exportsOf>>) {
  expect(XMLValidator.validate(texts.atom)).toBe(true);
  expect(texts.ics).not.toMatch(/\r(?!\n)/);
  return {
    csv: parse(texts.csv, { bom: true, columns: true }) as Record<string, string>[],
    json: (JSON.parse(texts.json) as { items: { slug: string; title: string }[] }).items,
    ics: new ICAL.Component(ICAL.parse(texts.ics)).getAllSubcomponents('vevent'),
    atom: ((xml.parse(texts.atom) as { feed: { entry?: AtomEntry[] } }).feed.entry ?? []) as AtomEntry[],
  };
}

describe('records stored before the write rules', () => {
  test('still give well-formed feeds and exports, and facets answer', async () => {
    const db = await emptyDatabase();
    const base = { kind: 'statement', status: 'occurred', topics: [HOSTILE_TOPIC_SLUG] } as {
      kind: 'statement';
      status: 'occurred';
      topics: string[];
    };
    await createEvent({
      input: {
        ...base,
        title: 'In the year 100',
        startsAt: '0100-03-01T12:00:00.000Z',
        timeZone: 'Europe/Rome',
        precision: 'minute',
      },
      actor,
      db,
    });
    await createEvent({
      input: {
        ...base,
        title: 'At the end of 9999',
        startsAt: '9999-12-31T12:00:00.000Z',
        timeZone: 'Pacific/Kiritimati',
        precision: 'day',
      },
      actor,
      db,
    });
    await createEvent({
      input: {
        ...base,
        title: 'Non-character \uFFFE here',
        startsAt: '2025-03-23T12:00:00.000Z',
        timeZone: 'UTC',
        precision: 'day',
      },
      actor,
      db,
    });
    await createEvent({
      input: {
        ...base,
        title: '=HYPERLINK("x")\rEND:VEVENT',
        startsAt: '2025-03-24T12:00:00.000Z',
        timeZone: 'UTC',
        precision: 'day',
      },
      actor,
      db,
    });

    const parsed = parsedExports(await exportsOf(db));
    expect(parsed.csv).toHaveLength(4);
    expect(parsed.csv.map((row) => unguardFormula(row.title))).toContain('=HYPERLINK("x")\rEND:VEVENT');
    expect(parsed.ics).toHaveLength(4);
    expect(parsed.ics.map((e) => e.getFirstPropertyValue('summary'))).toContain('=HYPERLINK("x")\nEND:VEVENT');
    expect(parsed.atom).toHaveLength(4);
    expect(parsed.atom[0].category.map((c) => c['@_label'])).toContain(HOSTILE_TOPIC);

    const facets = await getEventFacets({ db });
    expect(facets.total).toBe(4);
    expect(facets.histogram.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4);
  });
});

/** Text that reaches every corner: formula starts, markup, quotes, separators, line breaks, astral characters. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r\n',
      '\n',
      '<',
      '>',
      '&',
      '"',
      "'",
      ',',
      ';',
      ']]>',
      'é',
      '😀',
      'a',
      ' ',
      '\\',
      ':',
    ),
    maxLength: 20,
  }),
);

const ZONES = ['UTC', 'Europe/Kyiv', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns'];

const validEvent = fc
  .record({
    title: awkwardText,
    summary: awkwardText,
    kind: fc.constantFrom(...EVENT_KINDS),
    status: fc.constantFrom(...EVENT_STATUSES),
    precision: fc.constantFrom(...PRECISIONS),
    timeZone: fc.constantFrom(...ZONES),
    start: fc.date({
      min: new Date('1800-01-02T00:00:00Z'),
      max: new Date('2200-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    hours: fc.option(fc.integer({ min: 0, max: 24 * 400 }), { nil: null }),
    topics: fc.subarray([HOSTILE_TOPIC_SLUG, 'prisoners']),
  })
  // As the form sends them: a wall time in the event's zone, to the minute or to the day.
  .map(({ start, hours, ...rest }) => {
    const wall = (date: Date) =>
      date.toISOString().slice(0, rest.precision === 'minute' || rest.precision === 'hour' ? 16 : 10);
    return {
      ...rest,
      startsAt: wall(start),
      endsAt: hours === null ? null : wall(new Date(start.getTime() + hours * 3_600_000)),
    };
  })
  .filter((input) => eventInputSchema.safeParse(input).success);

describe('arbitrary valid records written through the write path', () => {
  test('give a CSV, JSON, iCalendar and Atom that parse and carry them back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validEvent, { minLength: 1, maxLength: 4 }), async (inputs) => {
        const db = await emptyDatabase();
        for (const input of inputs) await createEvent({ input: eventInputSchema.parse(input), actor, db });
        const stored = (await listEvents({ limit: 200, db })).items;
        const titles = stored.map((e) => e.title).sort();
        const texts = await exportsOf(db);
        const parsed = parsedExports(texts);

        expect(parsed.csv.map((row) => unguardFormula(row.title)).sort()).toEqual(titles);
        expect(parsed.csv.map((row) => unguardFormula(row.summary)).sort()).toEqual(
          stored.map((e) => e.summary).sort(),
        );
        expect(parsed.json.map((item) => item.title).sort()).toEqual(titles);
        expect(parsed.ics.map((e) => e.getFirstPropertyValue('summary')).sort()).toEqual(titles);
        expect(parsed.atom.map((entry) => entry.title['#text'] ?? '').sort()).toEqual(titles);

        // Parley reads its own exports back: every event is found unchanged.
        for (const format of ['json', 'csv'] as const) {
          const report = await importEventsText({ text: texts[format], format, dryRun: true, actor, db });
          expect(report.rejected, format).toEqual([]);
          expect(report.unchanged, format).toHaveLength(stored.length);
        }
        db.$client.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
