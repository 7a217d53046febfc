import { describe, expect, it } from 'vitest';
import { affiliationOn, isHeldOn, type DatedAffiliation } from '@/db/affiliation-at';
import { localDay } from '@/db/calendar';
import { currentAffiliation } from '@/db/queries/directory';

const span = (
  title: string,
  validFrom: string | null,
  validTo: string | null,
  partySlug = 'ukraine',
): DatedAffiliation => ({ partySlug, title, validFrom, validTo });

describe('isHeldOn', () => {
  it.each([
    ['closed span, inside', span('a', '2023-09-06', '2025-07-17'), '2025-03-23', true],
    ['closed span, first day is included', span('a', '2023-09-06', '2025-07-17'), '2023-09-06', true],
    ['closed span, last day is included', span('a', '2023-09-06', '2025-07-17'), '2025-07-17', true],
    ['closed span, the day before', span('a', '2023-09-06', '2025-07-17'), '2023-09-05', false],
    ['closed span, the day after', span('a', '2023-09-06', '2025-07-17'), '2025-07-18', false],
    ['open start', span('a', null, '2025-07-17'), '1990-01-01', true],
    ['open start, after the end', span('a', null, '2025-07-17'), '2025-07-18', false],
    ['open end', span('a', '2023-09-06', null), '2099-12-31', true],
    ['open end, before the start', span('a', '2023-09-06', null), '2023-09-05', false],
    ['open both ends', span('a', null, null), '2025-03-23', true],
    ['one-day span', span('a', '2025-03-23', '2025-03-23'), '2025-03-23', true],
  ])('%s', (_name, affiliation, day, held) => {
    expect(isHeldOn(affiliation, day)).toBe(held);
  });
});

// Umerov's real career gives the shape: a minister who later takes another post; an undated
// seed title alongside; a second party for the person who changes sides.
const minister = span('Defense Minister of Ukraine', '2023-09-06', '2025-07-17');
const secretary = span('Secretary of the National Security and Defense Council', '2025-07-18', null);
const undated = span('Member of parliament', null, null);
const envoy = span('Special envoy', '2025-01-01', '2025-06-30', 'united-states');
const adviser = span('Adviser', '2025-03-01', '2025-04-30');

describe('affiliationOn: the title held on a day', () => {
  it.each([
    ['no spans', [], '2025-03-23', null, null],
    ['a single open-ended span', [undated], '2025-03-23', null, 'Member of parliament'],
    ['consecutive spans, before the change', [minister, secretary], '2025-07-17', null, 'Defense Minister of Ukraine'],
    [
      'consecutive spans, after the change',
      [minister, secretary],
      '2025-07-18',
      null,
      'Secretary of the National Security and Defense Council',
    ],
    [
      'consecutive spans, long after (open end)',
      [minister, secretary],
      '2030-01-01',
      null,
      'Secretary of the National Security and Defense Council',
    ],
    ['before any span began', [minister, secretary], '2020-01-01', null, null],
    [
      'a dated span beats an undated one it overlaps',
      [undated, minister],
      '2025-03-23',
      null,
      'Defense Minister of Ukraine',
    ],
    [
      'the undated one remains when the dated one ended',
      [undated, minister],
      '2025-12-01',
      null,
      'Member of parliament',
    ],
    ['overlapping spans: the most recently begun wins', [minister, adviser], '2025-03-23', null, 'Adviser'],
    ['overlapping spans: order of the input does not matter', [adviser, minister], '2025-03-23', null, 'Adviser'],
    ['overlap ended: the older span again', [minister, adviser], '2025-05-01', null, 'Defense Minister of Ukraine'],
    [
      'overlapping parties: the more recent wins without a preference',
      [minister, envoy],
      '2025-03-23',
      null,
      'Special envoy',
    ],
    [
      'overlapping parties: the party acted for wins',
      [minister, envoy],
      '2025-03-23',
      'ukraine',
      'Defense Minister of Ukraine',
    ],
    ['preferring a party held on another day only', [minister, envoy], '2025-08-01', 'united-states', null],
    [
      'preferred party with overlapping spans of its own: the latest of them',
      [minister, adviser, envoy],
      '2025-03-23',
      'ukraine',
      'Adviser',
    ],
  ])('%s', (_name, spans, day, prefer, title) => {
    expect(affiliationOn(spans as DatedAffiliation[], day, prefer)?.title ?? null).toBe(title);
  });
});

describe('currentAffiliation: the title to show as today’s', () => {
  it.each([
    [
      'the span held today',
      [minister, secretary],
      '2025-09-01',
      'Secretary of the National Security and Defense Council',
    ],
    ['the latest ended one when none is held today', [minister], '2026-01-01', 'Defense Minister of Ukraine'],
    ['never one that has not begun yet', [span('Future post', '2030-01-01', null)], '2026-01-01', null],
    ['an undated title counts as held', [undated], '2026-01-01', 'Member of parliament'],
  ])('%s', (_name, spans, day, title) => {
    expect(currentAffiliation(spans, day)?.title ?? null).toBe(title);
  });
});

describe('localDay: the calendar day of an event in its own zone', () => {
  it.each([
    ['the Ukraine–U.S. session, 17:30 Kyiv (UTC+2)', '2025-03-23T15:30:00.000Z', 'Europe/Kyiv', '2025-03-23'],
    ['late evening in Kyiv is already the next day in UTC+2', '2025-03-23T22:30:00.000Z', 'Europe/Kyiv', '2025-03-24'],
    ['the same instant in Washington', '2025-03-23T22:30:00.000Z', 'America/New_York', '2025-03-23'],
    [
      'midnight in Riyadh (UTC+3) is the previous evening in UTC',
      '2025-03-23T21:00:00.000Z',
      'Asia/Riyadh',
      '2025-03-24',
    ],
    [
      'after Kyiv moved to summer time (UTC+3) on 30 March 2025',
      '2025-03-30T21:30:00.000Z',
      'Europe/Kyiv',
      '2025-03-31',
    ],
  ])('%s', (_name, instant, zone, day) => {
    expect(localDay(instant, zone)).toBe(day);
  });

  it('decides which title an event shows: the day in the event’s zone, not in UTC', () => {
    // A span that ends on 23 March: an event at 01:30 Kyiv time on the 24th is after it.
    const ended = span('Acting minister', '2025-01-01', '2025-03-23');
    const next = span('Minister', '2025-03-24', null);
    const instant = '2025-03-23T23:30:00.000Z';
    expect(affiliationOn([ended, next], localDay(instant, 'Europe/Kyiv'))?.title).toBe('Minister');
    expect(affiliationOn([ended, next], localDay(instant, 'UTC'))?.title).toBe('Acting minister');
  });
});
