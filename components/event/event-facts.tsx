import Link from 'next/link';
import type { EventDetailDTO } from '@/db/queries/events';
import { PRECISION_LABELS } from '@/lib/labels';
import { zoneNotation } from '@/lib/time';
import { EventTime } from './event-time';
import { RecordTimes } from './record-times';

const term = 'text-sm font-medium text-slate-600 dark:text-slate-400';
const link = 'underline underline-offset-2';

/** An event's facts as a list of terms: when, how precisely, in which zone, where, on what, and when it was recorded. */
export function EventFacts({ event }: { event: EventDetailDTO }) {
  const { location } = event;
  return (
    <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className={term}>Happened</dt>
      <dd>
        <EventTime
          startsAt={event.startsAt}
          endsAt={event.endsAt}
          localDate={event.localDate}
          localEndDate={event.localEndDate}
          timeZone={event.timeZone}
          precision={event.precision}
          approximate={event.approximate}
          endApproximate={event.endApproximate}
          durationMinutes={event.durationMinutes}
          durationBound={event.durationBound}
          placeZone={location?.timeZone}
          placeCity={location?.city}
          mode="full"
        />
      </dd>
      <dt className={term}>Precision</dt>
      <dd>
        {PRECISION_LABELS[event.precision]}
        {event.approximate ? ', approximate' : ''}
        {event.endsAt && event.endApproximate ? '; end approximate' : ''}
      </dd>
      <dt className={term}>Time zone</dt>
      <dd>
        {event.timeZone}: {zoneNotation(event.startsAt, event.timeZone)}
      </dd>
      <dt className={term}>Where</dt>
      <dd>{location ? <EventPlace location={location} /> : 'Not recorded'}</dd>
      <dt className={term}>Topics</dt>
      <dd>
        {event.topics.length ? (
          <ul className="flex flex-wrap gap-2">
            {event.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/?topic=${topic.slug}`} className={link}>
                  {topic.name}
                </Link>{' '}
                <Link
                  href={`/topics/${topic.slug}`}
                  aria-label={`About ${topic.name}`}
                  className="text-sm text-slate-700 underline underline-offset-2 dark:text-slate-300"
                >
                  (about)
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          'None'
        )}
      </dd>
      <RecordTimes event={event} term={term} />
    </dl>
  );
}

/** The venue: its page, its city and country (linked to the country's party where there is one), its coordinates. */
function EventPlace({ location }: { location: NonNullable<EventDetailDTO['location']> }) {
  return (
    <>
      <Link href={`/locations/${location.slug}`} className={link}>
        {location.name}
      </Link>
      {location.city && location.city !== location.name ? `, ${location.city}` : ''},{' '}
      {location.countryParty ? (
        <Link href={`/parties/${location.countryParty.slug}`} className={link}>
          {location.country}
        </Link>
      ) : (
        location.country
      )}
      {location.latitude !== null && location.longitude !== null && (
        <span className="text-slate-600 dark:text-slate-400">
          {' '}
          ({location.latitude.toFixed(4)}, {location.longitude.toFixed(4)})
        </span>
      )}
    </>
  );
}
