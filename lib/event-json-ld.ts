// An event page's schema.org Event, so that search engines and link readers know what, when and
// where: dates as precise as the source (a day-precision event gives a date, not a midnight),
// the place with its coordinates, and the parties as organisers and attendees.
import type { EventStatus } from '@/db/enums';
import type { EventDetailDTO } from '@/db/queries/events';
import { hasClock, instantWithOffset } from './time';

const SCHEMA_STATUS: Partial<Record<EventStatus, string>> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

const ORGANISING_ROLES = new Set(['mediator', 'host']);

export function eventJsonLd(event: EventDetailDTO, url: string): Record<string, unknown> {
  const clock = hasClock(event.precision);
  const { location } = event;
  const party = (p: { name: string }) => ({ '@type': 'Organization', name: p.name });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary || undefined,
    url,
    startDate: clock ? instantWithOffset(event.startsAt, event.timeZone) : event.localDate,
    endDate: event.endsAt
      ? clock
        ? instantWithOffset(event.endsAt, event.timeZone)
        : (event.localEndDate ?? undefined)
      : undefined,
    eventStatus: SCHEMA_STATUS[event.status] ?? 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: location
      ? {
          '@type': 'Place',
          name: location.name,
          address: {
            '@type': 'PostalAddress',
            addressLocality: location.city ?? location.name,
            addressCountry: location.countryCode,
          },
          geo:
            location.latitude !== null && location.longitude !== null
              ? { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude }
              : undefined,
        }
      : undefined,
    organizer: event.parties.filter((p) => ORGANISING_ROLES.has(p.role)).map(party),
    attendee: [
      ...event.parties.filter((p) => !ORGANISING_ROLES.has(p.role) && p.role !== 'referenced').map(party),
      ...event.people.filter((p) => p.role !== 'referenced').map((p) => ({ '@type': 'Person', name: p.name })),
    ],
    about: event.topics.map((topic) => ({ '@type': 'Thing', name: topic.name })),
  };
}

/** JSON for a <script> element: `<` escaped so no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
