import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { listEvents, type EventFilters } from '@/db/queries/events';
import { streamEvents } from '@/db/queries/event-stream';
import { CSV_COLUMNS, eventCsv, guardFormula, unguardFormula } from '@/lib/exports/event-csv';
import { eventAtom } from '@/lib/exports/event-atom';
import { IcsWriter } from '@/lib/exports/event-ics';
import { useTemporaryDatabase } from '../helpers/db';
import { calendarOf, collect } from '../helpers/exports';

let db: ParleyDb;
beforeAll(async () => {
  db = await useTemporaryDatabase();
});

const ics = (filters: EventFilters = {}, pageSize?: number) => calendarOf(db, { filters, pageSize });

describe('iCalendar export', () => {
  test('parses with ical.js, and the Ukraine–U.S. session starts at 17:30 in Europe/Kyiv', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await ics()));
    const vevents = calendar.getAllSubcomponents('vevent');
    const all = await listEvents({ limit: 200, db });
    expect(vevents).toHaveLength(all.items.length);
    const session = vevents
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid === 'ukraine-us-talks-riyadh-2025-03-23@parley')!;
    expect(session.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Kyiv');
    expect(session.startDate.zone.tzid).toBe('Europe/Kyiv');
    expect(session.startDate.toString()).toBe('2025-03-23T17:30:00');
    expect(session.startDate.toJSDate().toISOString()).toBe('2025-03-23T15:30:00.000Z');
    expect(session.endDate.toJSDate().toISOString()).toBe('2025-03-23T20:30:00.000Z');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain(
      'Europe/Kyiv',
    );
  });

  test('day precision and coarser become all-day entries; UIDs are slugs; SEQUENCE follows the version', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await ics()));
    const all = (await listEvents({ limit: 200, db })).items;
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const record = all.find((e) => `${e.slug}@parley` === event.uid)!;
      expect(record).toBeDefined();
      expect(event.startDate.isDate).toBe(!['minute', 'hour'].includes(record.precision));
      expect(event.sequence).toBe(record.version - 1);
      expect(vevent.getFirstPropertyValue('last-modified')!.toString()).toBe(
        ICAL.Time.fromJSDate(new Date(record.updatedAt), true).toString(),
      );
    }
  });

  test('paging through the cursor gives the same calendar as one page', async () => {
    expect(await ics({}, 3)).toBe(await ics({}, 500));
  });
});

describe('CSV export', () => {
  test('parses with csv-parse into one row per event with a header, names intact', async () => {
    const text = await collect(eventCsv(streamEvents({ filters: { party: ['russia'] }, pageSize: 2, db })));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    const api = await listEvents({ filters: { party: ['russia'] }, limit: 200, db });
    expect(rows).toHaveLength(api.items.length);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.slug)).toEqual(api.items.map((e) => e.slug));
  });

  test('keeps accents and quotes commas, quotes and line breaks so spreadsheets read them', async () => {
    const text = await collect(eventCsv(streamEvents({ db })));
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    const api = (await listEvents({ limit: 200, db })).items;
    for (const [i, row] of rows.entries()) {
      expect(row.title).toBe(api[i].title);
      expect(row.summary).toBe(api[i].summary);
    }
    const session = rows.find((r) => r.slug === 'ukraine-us-talks-riyadh-2025-03-23')!;
    expect(session).toMatchObject({
      date: '2025-03-23',
      time: '17:30',
      time_zone: 'Europe/Kyiv',
      precision: 'minute',
      end_time: '22:30',
      location: 'Riyadh',
    });
    expect(session.person_roles).toContain('rustem-umerov:head_of_delegation');
  });

  test.each(['=1+2', '+31 20 555', '-ceasefire', '@SUM(A1)', '\tTab', '\rReturn', "'quoted'"])(
    'guards the formula-leading cell %j with an apostrophe an import takes off',
    (cell) => {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    },
  );

  test('leaves plain numbers and other text alone, and quotes every field holding CR or LF', async () => {
    for (const cell of ['-33.86', '+7', '2025-03-23', 'Talks resume', '']) expect(guardFormula(cell)).toBe(cell);
    const lines = await collect(
      eventCsv(
        (async function* () {
          const [event] = (await listEvents({ limit: 1, db })).items;
          yield [{ ...event, title: 'one\rtwo', summary: 'three\nfour' }];
        })(),
      ),
    );
    expect(lines).toContain(',"one\rtwo","three\nfour",');
  });
});

describe('one span, one answer', () => {
  test('the umbrella round of 23–24 March ends on 24 March in the API, the CSV, the ICS (DTEND the day after) and the feed', async () => {
    const [umbrella] = (await listEvents({ filters: { from: '2025-03-24', to: '2025-03-24' }, db })).items.filter(
      (e) => e.slug === 'riyadh-talks-march-2025',
    );
    expect(umbrella).toMatchObject({ localDate: '2025-03-23', localEndDate: '2025-03-24' });

    const rows = parse(
      await collect(
        eventCsv(
          (async function* () {
            yield [umbrella];
          })(),
        ),
      ),
      { columns: true, bom: true },
    ) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ date: '2025-03-23', end_date: '2025-03-24' });

    const writer = new IcsWriter({ name: 'Parley events', origin: 'https://parley.test' });
    const vevent = new ICAL.Component(
      ICAL.parse(`${writer.head()}${writer.event(umbrella)}${writer.end()}`),
    ).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('dtstart')!.toString()).toBe('2025-03-23');
    expect(vevent.getFirstPropertyValue('dtend')!.toString()).toBe('2025-03-25');

    const atom = eventAtom({
      events: [umbrella],
      title: 'Parley',
      selfUrl: 'https://parley.test/feeds/events.atom',
      origin: 'https://parley.test',
      updated: umbrella.updatedAt,
    });
    expect(atom).toContain('23 March 2025 – 24 March 2025 (2 days)');
  });
});
