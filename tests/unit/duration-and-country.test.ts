// Issue 11: a duration known without its end ("the talks lasted under two hours", the start known
// only to the day), and a location's country named as a party. Each goes through the write
// path, the DTO, the exports and an import of those exports.
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { ReferenceMismatchError } from '@/db/errors';
import { listLocations } from '@/db/queries/directory';
import { getEvent } from '@/db/queries/events';
import { streamEventDetails, streamEvents } from '@/db/queries/event-stream';
import { createEvent, updateEvent, type EventInput } from '@/db/queries/event-writes';
import { createLocation, getRecord } from '@/db/queries/record-writes';
import { eventCsv } from '@/lib/exports/event-csv';
import { eventJson } from '@/lib/exports/event-json';
import { importEventsText } from '@/lib/import/service';
import { eventInputSchema } from '@/lib/validation/event';
import { directoryOnly, useTemporaryDatabase } from '../helpers/db';
import { calendarOf, collect } from '../helpers/exports';

const actor = { id: null, name: 'Duration test' };
let db: ParleyDb;

/** An event as the form or the API sends it, parsed by the one write schema. */
const written = (input: Record<string, unknown>): EventInput =>
  eventInputSchema.parse({
    kind: 'talks_session',
    status: 'held',
    location: 'riyadh',
    parties: [{ party: 'ukraine', role: 'delegation' }],
    ...input,
  });

beforeAll(async () => {
  db = await useTemporaryDatabase();
  await createEvent({
    input: written({
      title: 'Short talks, start unknown',
      startsAt: '2025-04-11',
      precision: 'day',
      timeZone: 'Asia/Riyadh',
      durationMinutes: '120',
      durationBound: 'under',
    }),
    actor,
    db,
  });
  await createEvent({
    input: written({
      title: 'Timed talks without an end',
      startsAt: '2025-04-12T10:00',
      precision: 'minute',
      timeZone: 'Asia/Riyadh',
      durationMinutes: 90,
      durationBound: 'exact',
    }),
    actor,
    db,
  });
});

describe('a duration known without its end', () => {
  test('is stored and answered with its bound, and shown in words in the calendar', async () => {
    const event = (await getEvent({ key: 'short-talks-start-unknown', db }))!;
    expect(event).toMatchObject({
      endsAt: null,
      localDate: '2025-04-11',
      precision: 'day',
      durationMinutes: 120,
      durationBound: 'under',
    });

    const calendar = new ICAL.Component(ICAL.parse(await calendarOf(db)));
    const vevent = (uid: string) =>
      calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${uid}@parley`)!;
    // A bound is not a length: the all-day entry stays one day and says "under" in its text.
    expect(vevent('short-talks-start-unknown').getFirstProperty('duration')).toBeNull();
    expect(String(vevent('short-talks-start-unknown').getFirstPropertyValue('description'))).toContain(
      '11 April 2025 (lasted under 2 h)',
    );
    // An exact length with a clock start is the calendar entry's own DURATION.
    expect(String(vevent('timed-talks-without-an-end').getFirstPropertyValue('duration'))).toBe('PT1H30M');
  });

  test('is in the CSV export', async () => {
    const rows: Record<string, string>[] = parse(await collect(eventCsv(streamEvents({ db }))), {
      bom: true,
      columns: true,
    });
    expect(rows.find((row) => row.slug === 'short-talks-start-unknown')).toMatchObject({
      date: '2025-04-11',
      end_date: '',
      duration_minutes: '120',
      duration_bound: 'under',
    });
    expect(rows.find((row) => row.slug === 'ukraine-us-talks-riyadh-2025-03-23')).toMatchObject({
      duration_minutes: '',
      duration_bound: '',
    });
  });

  test('survives an export and import in JSON and in CSV', async () => {
    for (const format of ['json', 'csv'] as const) {
      const target = await directoryOnly();
      const text =
        format === 'json'
          ? await collect(eventJson(streamEventDetails({ db })))
          : await collect(eventCsv(streamEvents({ db })));
      const report = await importEventsText({ text, format, dryRun: false, actor, db: target });
      expect(report.rejected).toEqual([]);
      expect(await getEvent({ key: 'short-talks-start-unknown', db: target }), format).toMatchObject({
        durationMinutes: 120,
        durationBound: 'under',
      });
      expect(await getEvent({ key: 'timed-talks-without-an-end', db: target }), format).toMatchObject({
        durationMinutes: 90,
        durationBound: 'exact',
      });
      // Importing the same file again finds nothing changed.
      expect((await importEventsText({ text, format, dryRun: true, actor, db: target })).updated).toEqual([]);
    }
  });

  test('a file that does not know durations keeps the stored one; an end replaces it', async () => {
    const event = (await getEvent({ key: 'short-talks-start-unknown', db }))!;
    const { durationMinutes: _m, durationBound: _b, ...withoutDuration } = event;
    const report = await importEventsText({
      text: JSON.stringify([{ ...withoutDuration, summary: 'Edited by a file of before durations' }]),
      format: 'json',
      dryRun: false,
      actor,
      db,
    });
    expect(report.rejected).toEqual([]);
    expect(await getEvent({ key: event.slug, db })).toMatchObject({
      summary: 'Edited by a file of before durations',
      durationMinutes: 120,
      durationBound: 'under',
    });

    const current = (await getEvent({ key: event.slug, db }))!;
    const ended = await updateEvent({
      id: current.id,
      version: current.version,
      input: written({
        title: current.title,
        startsAt: '2025-04-11T10:00',
        endsAt: '2025-04-11T11:45',
        precision: 'minute',
        timeZone: 'Asia/Riyadh',
      }),
      actor,
      db,
    });
    expect(ended).toMatchObject({ durationMinutes: null, durationBound: 'exact' });
  });
});

describe('a location’s country as a party', () => {
  test('is stored, fills in the country’s name and code, and is answered with the location', async () => {
    const jeddah = await createLocation({
      input: { name: 'Jeddah', countryParty: 'saudi-arabia', timeZone: 'Asia/Riyadh' },
      actor,
      db,
    });
    expect(jeddah).toMatchObject({ country: 'Saudi Arabia', countryCode: 'SA', countryParty: 'saudi-arabia' });
    expect((await listLocations({ id: jeddah.id, db }))[0]).toMatchObject({
      country: 'Saudi Arabia',
      countryParty: { slug: 'saudi-arabia', name: 'Saudi Arabia' },
    });
    expect(await getRecord('location', { id: jeddah.id, db })).toMatchObject({ countryParty: 'saudi-arabia' });
    // The seeded Riyadh names Saudi Arabia: events carry it, the CSV names it by slug.
    expect((await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23', db }))!.location).toMatchObject({
      countryParty: { slug: 'saudi-arabia', name: 'Saudi Arabia' },
    });
    const rows: Record<string, string>[] = parse(await collect(eventCsv(streamEvents({ db }))), {
      bom: true,
      columns: true,
    });
    expect(rows.find((row) => row.slug === 'ukraine-us-talks-riyadh-2025-03-23')).toMatchObject({
      country: 'Saudi Arabia',
      country_code: 'SA',
      country_party: 'saudi-arabia',
    });
  });

  test('must be a state, and the error names the field', async () => {
    const write = createLocation({
      input: { name: 'NATO headquarters', countryParty: 'nato', timeZone: 'Europe/Brussels' },
      actor,
      db,
    });
    await expect(write).rejects.toBeInstanceOf(ReferenceMismatchError);
    await expect(write).rejects.toMatchObject({ field: 'countryParty', reason: '"nato" is not a state' });
  });
});
