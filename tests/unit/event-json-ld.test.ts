import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { getEvent } from '@/db/queries/events';
import { eventJsonLd, jsonForScript } from '@/lib/event-json-ld';
import { instantWithOffset } from '@/lib/time';
import { useTemporaryDatabase } from '../helpers/db';

let db: ParleyDb;
beforeAll(async () => {
  db = await useTemporaryDatabase();
});

describe('an event page’s schema.org Event', () => {
  it('gives a timed session in its own zone’s clock with the offset, at its place', async () => {
    const event = (await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23', db }))!;
    const ld = eventJsonLd(event, '/events/ukraine-us-talks-riyadh-2025-03-23');
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Ukraine–U.S. talks in Riyadh',
      startDate: '2025-03-23T17:30+02:00',
      endDate: '2025-03-23T22:30+02:00',
      location: {
        '@type': 'Place',
        name: 'Riyadh',
        address: { addressCountry: 'SA' },
        geo: { latitude: 24.7136, longitude: 46.6753 },
      },
      organizer: expect.arrayContaining([{ '@type': 'Organization', name: 'United States' }]),
    });
    expect(ld.attendee).toContainEqual({ '@type': 'Person', name: 'Rustem Umerov' });
  });

  it('gives a day-precision event its local date, never a shifted midnight', async () => {
    const event = (await getEvent({ key: 'russia-us-talks-riyadh-2025-03-24', db }))!;
    expect(eventJsonLd(event, '/x').startDate).toBe('2025-03-24');
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });

  it.each([
    ['2025-03-23T15:30:00.000Z', 'Europe/Kyiv', '2025-03-23T17:30+02:00'],
    ['2025-03-30T12:00:00.000Z', 'Europe/Kyiv', '2025-03-30T15:00+03:00'],
    ['2025-03-23T15:30:00.000Z', 'UTC', '2025-03-23T15:30+00:00'],
  ])('writes %s in %s as %s', (instant, zone, expected) => {
    expect(instantWithOffset(instant, zone)).toBe(expected);
  });
});
