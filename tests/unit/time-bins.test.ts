import { describe, expect, it } from 'vitest';
import { binIndex, binStart, binWidth, MIN_WINDOW_MS, windowAround, windowOfBounds } from '@/db/time-bins';
import { barsPath, eventsPath } from '@/lib/axis-paths';
import { binsForWidth, daysBetween, describeWindow, MAX_AXIS_BINS, maxZoom, MIN_AXIS_BINS } from '@/lib/axis';

const ms = (iso: string) => Date.parse(iso);

describe('the axis window', () => {
  it.each([
    ['2025-03-23', '2025-03-23', '2025-03-23T00:00:00.000Z', '2025-03-24T00:00:00.000Z'],
    ['2025-01-01', '2025-12-31', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2025-03-23T15:30:00.000Z', '2025-03-23T20:30:00.000Z', '2025-03-23T15:30:00.000Z', '2025-03-23T20:30:00.000Z'],
  ])('%s to %s covers %s to %s (a date `to` takes in its whole day)', (from, to, fromIso, toIso) => {
    expect(windowOfBounds(from, to)).toEqual({
      fromMs: ms(fromIso),
      toMs: ms(toIso),
    });
  });

  it('is never narrower than the deepest zoom', () => {
    const window = windowOfBounds('2025-03-23T15:30:00Z', '2025-03-23T15:31:00Z');
    expect(window.toMs - window.fromMs).toBe(MIN_WINDOW_MS);
  });

  it('pads the events’ extent so none sits on the edge, and by at least an hour', () => {
    expect(windowAround(ms('2025-01-01'), ms('2025-01-21'))).toEqual({
      fromMs: ms('2024-12-31'),
      toMs: ms('2025-01-22'),
    });
    expect(windowAround(ms('2025-01-01'), ms('2025-01-01'))).toEqual({
      fromMs: ms('2025-01-01') - 3_600_000,
      toMs: ms('2025-01-01') + 3_600_000,
    });
  });
});

describe('bins', () => {
  const window = { fromMs: ms('2025-01-01'), toMs: ms('2025-01-11') }; // ten days
  it.each([
    ['2025-01-01T00:00:00Z', 0],
    ['2025-01-01T23:59:59Z', 0],
    ['2025-01-02T00:00:00Z', 1],
    ['2025-01-10T23:59:59Z', 9],
    ['2024-06-01T00:00:00Z', 0], // before the window: first bin
    ['2025-02-01T00:00:00Z', 9], // after it: last bin
  ])('%s falls in bin %i of ten one-day bins', (instant, index) => {
    expect(binIndex(window, 10, ms(instant))).toBe(index);
  });

  it('tile the window: each bin begins where the last ended, the last ends at the window’s end', () => {
    expect(binWidth(window, 10)).toBe(86_400_000);
    expect(binStart(window, 10, 3)).toBe(ms('2025-01-04'));
    expect(binStart(window, 10, 10)).toBe(window.toMs);
  });
});

describe('the axis in the browser', () => {
  it.each([
    [100, MIN_AXIS_BINS],
    [600, 100],
    [4000, MAX_AXIS_BINS],
  ])('a %i px axis asks for %i bins', (width, bins) => expect(binsForWidth(width)).toBe(bins));

  it('zooms in until an hour fills the axis', () => {
    expect(maxZoom({ fromMs: 0, toMs: 3 * 365 * 86_400_000 })).toBe(3 * 365 * 24);
    expect(maxZoom({ fromMs: 0, toMs: 60_000 })).toBe(1);
  });

  it.each([
    ['2025-03-23T10:00:00Z', '2025-03-25T10:00:00Z', '2025-03-23', '2025-03-25'],
    ['2025-03-25T10:00:00Z', '2025-03-23T10:00:00Z', '2025-03-23', '2025-03-25'], // dragged right to left
    ['2025-03-23T00:00:00Z', '2025-03-25T00:00:00Z', '2025-03-23', '2025-03-24'], // midnight ends the day before
    ['2025-03-23T10:00:00Z', '2025-03-23T11:00:00Z', '2025-03-23', '2025-03-23'],
  ])('brushing %s to %s chooses %s to %s', (a, b, from, to) => expect(daysBetween(ms(a), ms(b))).toEqual({ from, to }));

  it('tells a screen reader the window, the count and the lanes', () => {
    const text = describeWindow({ fromMs: ms('2025-03-01'), toMs: ms('2025-04-01') }, 1234, [
      { name: 'Russia', count: 12 },
      { name: 'NATO', count: 0 },
    ]);
    expect(text).toBe('Time axis showing 1 Mar 2025, 00:00 to 1 Apr 2025, 00:00 UTC: 1,234 events (Russia 12).');
  });
});

describe('the axis’s marks', () => {
  const view = { fromMs: ms('2025-01-01'), toMs: ms('2025-01-11') }; // ten days over 100 px
  const scale = { view, width: 100 };

  it('draws a bar per non-empty bin, as tall as its share of the counted peak, and none outside the view', () => {
    // Twenty one-day bins, five each side out of view.
    const counted = { fromMs: ms('2024-12-27'), toMs: ms('2025-01-16') };
    const counts = new Array(20).fill(0);
    counts[0] = 9; // out of view
    counts[5] = 4; // the view's first day
    counts[10] = 2;
    // The peak is the counted window's (9), so that bars keep their height while the reader pans within it.
    expect(barsPath(counts, counted, scale, 24)).toBe('M0.0 23.0V14.1H9.5V23.0Z' + 'M50.0 23.0V18.6H59.5V23.0Z');
  });

  it('draws a session to scale and an instant as a thin mark, counting each', () => {
    const events = [
      { startsAt: '2025-01-02T00:00:00Z', endsAt: '2025-01-04T00:00:00Z' },
      { startsAt: '2025-01-06T00:00:00Z', endsAt: null },
      { startsAt: '2024-06-01T00:00:00Z', endsAt: null }, // out of view
    ];
    expect(eventsPath(events, scale, 20)).toEqual({
      d: 'M10.0 16.0V4.0H30.0V16.0Z' + 'M49.0 18.0V2.0H51.0V18.0Z',
      spans: 1,
      points: 1,
    });
  });
});
