import { describe, expect, it } from 'vitest';
import { eventValues, newEventValues, withPrecision } from '@/lib/event-form';
import type { EventSnapshot } from '@/db/queries/event-writes';

describe('the event form’s times', () => {
  it('asks for a date alone at day precision or coarser, and keeps the clock for a minute or an hour', () => {
    const timed = { ...newEventValues(), startsAt: '2025-03-23T17:30', endsAt: '2025-03-24T10:00' };
    expect(withPrecision(timed, 'day')).toMatchObject({
      precision: 'day',
      startsAt: '2025-03-23',
      endsAt: '2025-03-24',
    });
    expect(withPrecision(timed, 'hour')).toMatchObject({ startsAt: '2025-03-23T17:30', endsAt: '2025-03-24T10:00' });
  });

  it('opens a stored day-precision event with its local dates', () => {
    const snapshot = {
      ...newEventValues(),
      slug: 'umbrella',
      version: 1,
      location: null,
      startsAt: '2025-03-22T21:00:00.000Z',
      endsAt: '2025-03-23T21:00:00.000Z',
      timeZone: 'Asia/Riyadh',
      precision: 'day',
    } as unknown as EventSnapshot;
    expect(eventValues(snapshot)).toMatchObject({ startsAt: '2025-03-23', endsAt: '2025-03-24' });
  });
});
