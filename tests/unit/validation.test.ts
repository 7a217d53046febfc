import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '@/lib/validation/event';
import {
  affiliationInputSchema,
  locationInputSchema,
  partyInputSchema,
  personInputSchema,
  sourceInputSchema,
} from '@/lib/validation/records';
import { fieldErrors } from '@/lib/errors';

const valid = {
  kind: 'talks_session',
  title: 'Ukraine–U.S. technical talks',
  startsAt: '2025-03-23T17:30',
  endsAt: '2025-03-23T22:30',
  timeZone: 'Europe/Kyiv',
  precision: 'minute',
  status: 'held',
  location: 'riyadh',
  parties: [{ party: 'ukraine', role: 'delegation' }],
  people: [{ person: 'rustem-umerov', role: 'head_of_delegation', onBehalfOf: '' }],
  topics: ['black-sea'],
  citations: [
    {
      source: 'nyt',
      excerpt: 'The talks lasted five hours.',
      attribution: 'reporter',
      attributedTo: '',
      confidence: 'high',
      note: '',
    },
  ],
};

function errorsOf(input: unknown) {
  const result = eventInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the event schema', () => {
  it('holds a duration known without its end (“under two hours”), and refuses one beside an end, naming the field', () => {
    const day = { ...valid, startsAt: '2025-03-23', endsAt: '', precision: 'day' };
    expect(eventInputSchema.parse({ ...day, durationMinutes: '120', durationBound: 'under' })).toMatchObject({
      durationMinutes: 120,
      durationBound: 'under',
      endsAt: null,
    });
    expect(eventInputSchema.parse(day)).toMatchObject({ durationMinutes: null, durationBound: 'exact' });
    expect(errorsOf({ ...valid, durationMinutes: 120 })).toEqual({
      durationMinutes: 'must be empty when the end is given: the end already says how long it lasted',
    });
    expect(errorsOf({ ...day, durationMinutes: '1.5' })).toEqual({
      durationMinutes: 'must be a whole number between 1 and 527040',
    });
    expect(errorsOf({ ...day, durationMinutes: 0 })).toEqual({
      durationMinutes: 'must be a whole number between 1 and 527040',
    });
    expect(Object.keys(errorsOf({ ...day, durationMinutes: 60, durationBound: 'Under' }))).toEqual(['durationBound']);
  });

  it('refuses an entry listed twice, naming the repeat by its path, where the database would drop it', () => {
    const person = valid.people[0];
    expect(
      errorsOf({
        ...valid,
        parties: [...valid.parties, { party: 'united-states', role: 'delegation' }, valid.parties[0]],
        people: [person, person],
        topics: ['black-sea', 'ceasefire', 'black-sea'],
        relations: [
          { type: 'follows', event: 'kyiv-talks' },
          { type: 'follows', event: 'kyiv-talks' },
        ],
      }),
    ).toEqual({
      'parties.2.party': 'is already listed with this role',
      'people.1.person': 'is already listed with this role',
      'topics.2': 'is already listed',
      'relations.1.event': 'is already related this way',
    });
  });

  it('lets one party or person take two different roles', () => {
    expect(errorsOf({ ...valid, parties: [...valid.parties, { party: 'ukraine', role: 'mediator' }] })).toEqual({});
  });

  it('turns local wall-clock times in the event zone into UTC instants', () => {
    const event = eventInputSchema.parse(valid);
    expect(event.startsAt).toBe('2025-03-23T15:30:00.000Z');
    expect(event.endsAt).toBe('2025-03-23T20:30:00.000Z');
    expect(event.people[0].onBehalfOf).toBeNull();
  });

  it('accepts an instant with its offset as well as a wall-clock time', () => {
    expect(eventInputSchema.parse({ ...valid, startsAt: '2025-03-23T15:30:00Z', endsAt: null }).startsAt).toBe(
      '2025-03-23T15:30:00.000Z',
    );
  });

  it('names each bad field: end before start, unknown enum, bad zone, unknown slug shape, empty title', () => {
    expect(errorsOf({ ...valid, endsAt: '2025-03-23T17:00' })).toEqual({ endsAt: 'must not be before the start' });
    expect(
      Object.keys(
        errorsOf({
          ...valid,
          kind: 'party',
          timeZone: 'Mars/Olympus',
          title: '  ',
          people: [{ person: 'Not A Slug', role: 'delegate' }],
        }),
      ).sort(),
    ).toEqual(['kind', 'people.0.person', 'timeZone', 'title']);
  });

  it('takes a date alone at day precision, and says what to enter', () => {
    const day = { ...valid, precision: 'day', startsAt: '2025-03-23', endsAt: '2025-03-24' };
    expect(eventInputSchema.parse(day)).toMatchObject({
      startsAt: '2025-03-22T22:00:00.000Z',
      endsAt: '2025-03-23T22:00:00.000Z',
    });
    expect(errorsOf({ ...day, startsAt: '23/03/2025' })).toEqual({
      startsAt: 'must be a real date such as 2025-03-23 (no time of day is needed at this precision)',
    });
    expect(errorsOf({ ...valid, startsAt: 'soon' })).toEqual({
      startsAt: 'must be a real date and time such as 2025-03-23 17:30',
    });
  });

  it('refuses a time the clocks skipped rather than moving it', () => {
    // Kyiv went from 03:00 to 04:00 on 30 March 2025.
    expect(errorsOf({ ...valid, startsAt: '2025-03-30T03:30', endsAt: '2025-03-30T05:00' })).toEqual({
      startsAt:
        'is a time the clocks skipped in Europe/Kyiv (daylight saving began); enter a time before or after the change',
    });
    expect(eventInputSchema.parse({ ...valid, startsAt: '2025-03-30T04:30', endsAt: '' }).startsAt).toBe(
      '2025-03-30T01:30:00.000Z',
    );
  });

  it('rejects dates that do not exist', () => {
    expect(errorsOf({ ...valid, startsAt: '2025-02-29T10:00', endsAt: '' })).toHaveProperty('startsAt');
    expect(errorsOf({ ...valid, startsAt: '2025-03-23T24:00', endsAt: '' })).toHaveProperty('startsAt');
  });

  it('property: any title of 1–200 visible characters is kept trimmed; longer ones are refused', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 260 }), (title) => {
        const result = eventInputSchema.safeParse({ ...valid, title });
        const trimmed = title.trim();
        if (trimmed.length >= 1 && trimmed.length <= 200) expect(result.success && result.data.title).toBe(trimmed);
        else expect(result.success).toBe(false);
      }),
    );
  });

  it('property: free-text summaries up to 5000 characters pass unchanged but trimmed, never crashing the parser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000, unit: 'grapheme' }), (summary) => {
        const result = eventInputSchema.safeParse({ ...valid, summary });
        expect(result.success).toBe(summary.trim().length <= 5000);
      }),
      { numRuns: 50 },
    );
  });

  it('property: for any two real times, the event is valid exactly when the end is not before the start', () => {
    const minute = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 16));
    fc.assert(
      fc.property(minute, minute, (start, end) => {
        const result = eventInputSchema.safeParse({ ...valid, timeZone: 'UTC', startsAt: start, endsAt: end });
        expect(result.success).toBe(end >= start);
      }),
    );
  });

  it('property: any calendar date that round-trips through Date is accepted; day 30 of February never is', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1900, max: 2100 }),
        (date, year) => {
          const day = date.toISOString().slice(0, 10);
          expect(eventInputSchema.safeParse({ ...valid, timeZone: 'UTC', startsAt: day, endsAt: null }).success).toBe(
            true,
          );
          expect(
            eventInputSchema.safeParse({ ...valid, timeZone: 'UTC', startsAt: `${year}-02-30`, endsAt: null }).success,
          ).toBe(false);
        },
      ),
    );
  });
});

describe('the record schemas', () => {
  it('check web addresses, country codes and spans', () => {
    expect(sourceInputSchema.safeParse({ title: 'A', publisher: 'B', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(
      sourceInputSchema.parse({ title: 'A', publisher: 'B', url: 'https://example.org/a', authors: ['X', ''] }),
    ).toMatchObject({ url: 'https://example.org/a', authors: ['X'] });
    expect(partyInputSchema.safeParse({ name: 'Ukraine', kind: 'state', countryCode: 'Ukraine' }).success).toBe(false);
    expect(partyInputSchema.parse({ name: 'Ukraine', kind: 'state', countryCode: 'ua' }).countryCode).toBe('UA');
    expect(
      affiliationInputSchema.safeParse({
        party: 'ukraine',
        title: 'Minister',
        kind: 'minister',
        validFrom: '2025-01-02',
        validTo: '2025-01-01',
      }).success,
    ).toBe(false);
    expect(
      locationInputSchema.safeParse({
        name: 'X',
        country: 'Y',
        countryCode: 'SA',
        timeZone: 'Asia/Riyadh',
        latitude: '91',
      }).success,
    ).toBe(false);
    expect(
      locationInputSchema.parse({
        name: 'X',
        country: 'Y',
        countryCode: 'SA',
        timeZone: 'Asia/Riyadh',
        latitude: '',
        longitude: null,
      }),
    ).toMatchObject({ latitude: null, longitude: null });
  });

  it('let a location name its country as a party instead of typing it; without one, the country is asked for', () => {
    expect(
      locationInputSchema.parse({ name: 'Jeddah', countryParty: 'saudi-arabia', timeZone: 'Asia/Riyadh' }),
    ).toMatchObject({ countryParty: 'saudi-arabia', country: '', countryCode: '' });
    const missing = locationInputSchema.safeParse({ name: 'Jeddah', timeZone: 'Asia/Riyadh' });
    expect(missing.success ? {} : fieldErrors(missing.error)).toMatchObject({
      country: expect.stringContaining('choose the country as a party'),
      countryCode: expect.stringContaining('two-letter'),
    });
    expect(
      locationInputSchema.safeParse({ name: 'Jeddah', countryParty: 'Saudi Arabia!', timeZone: 'Asia/Riyadh' }).success,
    ).toBe(false);
  });

  it('property: person names are bounded and never empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const ok = personInputSchema.safeParse({ name }).success;
        expect(ok).toBe(name.trim().length >= 1 && name.trim().length <= 200);
      }),
    );
  });
});

describe('typed text and dates every output can write', () => {
  it('refuses a lone carriage return and says what to use, and stores CR LF as LF', () => {
    expect(errorsOf({ ...valid, title: 'Talks\rresume' })).toEqual({
      title: 'must not contain a lone carriage return (CR): end lines with a line feed (Enter)',
    });
    expect(errorsOf({ ...valid, summary: 'One\r' + 'Two' })).toHaveProperty('summary');
    expect(eventInputSchema.parse({ ...valid, summary: 'One\r\nTwo' }).summary).toBe('One\nTwo');
  });

  it.each(['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFF}', '\u{10FFFE}'])(
    'refuses the non-character U+%s',
    (character) => {
      expect(errorsOf({ ...valid, title: `Ceasefire ${character}` })).toEqual({
        title: 'must not contain Unicode non-characters such as U+FFFE',
      });
      expect(personInputSchema.safeParse({ name: 'A', aliases: [`B${character}`] }).success).toBe(false);
    },
  );

  it('accepts dates from 1800 to 2200 and names the field outside them', () => {
    expect(
      eventInputSchema.safeParse({ ...valid, startsAt: '1814-09-18', endsAt: null, precision: 'day' }).success,
    ).toBe(true);
    expect(eventInputSchema.safeParse({ ...valid, startsAt: '2200-12-31T23:00', endsAt: null }).success).toBe(true);
    expect(errorsOf({ ...valid, startsAt: '0100-03-01T12:00', endsAt: null })).toEqual({
      startsAt: 'must be between the years 1800 and 2200',
    });
    expect(errorsOf({ ...valid, endsAt: '9999-12-31T12:00:00+14:00' })).toEqual({
      endsAt: 'must be between the years 1800 and 2200',
    });
    expect(
      errorsOf({ ...valid, statusHistory: [{ status: 'held', effectiveAt: '1799-12-31', precision: 'day' }] }),
    ).toEqual({ 'statusHistory.0.effectiveAt': 'must be between the years 1800 and 2200' });
    expect(
      affiliationInputSchema.safeParse({ party: 'ukraine', title: 'Minister', kind: 'office', validFrom: '0100-01-01' })
        .success,
    ).toBe(false);
  });
});
