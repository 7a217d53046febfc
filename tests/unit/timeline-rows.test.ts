import { describe, expect, it } from 'vitest';
import type { EventDTO } from '@/db/queries/event-dto';
import { timelineRows } from '@/lib/timeline-rows';

let id = 0;
function event(startsAt: string, timeZone = 'UTC', precision: EventDTO['precision'] = 'minute'): EventDTO {
  id += 1;
  return { id, slug: `e${id}`, startsAt, timeZone, precision } as EventDTO;
}

const shape = (rows: ReturnType<typeof timelineRows>) =>
  rows.map((row) => (row.type === 'event' ? `event ${row.event.slug}` : `${row.type} ${row.day}`));

describe('timelineRows', () => {
  it('puts a heading before each local day, in the event’s own zone', () => {
    id = 0;
    // 22:30 UTC on the 22nd is already the 23rd in Kyiv.
    const rows = timelineRows(
      [
        event('2025-03-22T10:00:00.000Z'),
        event('2025-03-22T22:30:00.000Z', 'Europe/Kyiv'),
        event('2025-03-23T08:00:00.000Z', 'Europe/Kyiv'),
      ],
      null,
      true,
    );
    expect(shape(rows)).toEqual(['day 2025-03-22', 'event e1', 'day 2025-03-23', 'event e2', 'event e3']);
  });

  it('files events known only to the week, month or year under that period, not a day', () => {
    id = 0;
    const rows = timelineRows(
      [
        event('2025-03-01T05:00:00.000Z', 'America/New_York', 'month'),
        event('2025-03-16T22:00:00.000Z', 'Europe/Kyiv', 'week'),
        event('2025-03-17T09:00:00.000Z', 'Europe/Kyiv', 'day'),
      ],
      null,
      true,
    );
    expect(shape(rows)).toEqual([
      'day 2025-03',
      'event e1',
      'day 2025-03-17',
      'event e2',
      'day 2025-03-17',
      'event e3',
    ]);
    expect(rows[0].type === 'day' && rows[0].precision).toBe('month');
  });

  it('marks today between the days around it', () => {
    id = 0;
    const rows = timelineRows(
      [event('2025-03-22T10:00:00.000Z'), event('2025-03-25T10:00:00.000Z')],
      '2025-03-23',
      false,
    );
    expect(shape(rows)).toEqual(['day 2025-03-22', 'event e1', 'today 2025-03-23', 'day 2025-03-25', 'event e2']);
  });

  it('flags the heading of today rather than adding a marker', () => {
    id = 0;
    const rows = timelineRows([event('2025-03-23T10:00:00.000Z')], '2025-03-23', true);
    expect(shape(rows)).toEqual(['day 2025-03-23', 'event e1']);
    expect(rows[0].type === 'day' && rows[0].isToday).toBe(true);
  });

  it('marks today after the last event only when no later page can follow', () => {
    id = 0;
    const events = [event('2025-03-22T10:00:00.000Z')];
    expect(shape(timelineRows(events, '2026-11-26', false))).toEqual(['day 2025-03-22', 'event e1']);
    expect(shape(timelineRows(events, '2026-11-26', true))).toEqual(['day 2025-03-22', 'event e1', 'today 2026-11-26']);
  });

  it('gives every row a distinct key', () => {
    id = 0;
    const rows = timelineRows(
      [
        event('2025-03-22T10:00:00.000Z'),
        event('2025-03-22T22:30:00.000Z', 'Europe/Kyiv'),
        event('2025-03-22T23:00:00.000Z'),
      ],
      '2026-01-01',
      true,
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('marks no today after a chosen range that ends before today', () => {
    id = 0;
    const march = [event('2025-03-20T10:00:00.000Z'), event('2025-03-23T10:00:00.000Z')];
    expect(shape(timelineRows(march, '2026-12-02', true, '2025-03-31'))).toEqual([
      'day 2025-03-20',
      'event e1',
      'day 2025-03-23',
      'event e2',
    ]);
    expect(shape(timelineRows(march, '2026-12-02', true, null)).at(-1)).toBe('today 2026-12-02');
    expect(shape(timelineRows(march, '2025-03-25', true, '2025-03-31')).at(-1)).toBe('today 2025-03-25');
  });
});
