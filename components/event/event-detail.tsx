import Link from 'next/link';
import type { EventDetailDTO } from '@/db/queries/events';
import type { EventReadoutsDTO } from '@/db/queries/readouts';
import { EVENT_STATUS_LABELS, PARTY_ROLE_LABELS, PERSON_ROLE_LABELS, PRECISION_LABELS } from '@/lib/labels';
import { zoneNotation } from '@/lib/time';
import { VenueMap, venueOf } from '../map/venue-map';
import { CiteEvent } from '../share/cite-event';
import { CopyLink } from '../share/copy-link';
import { CitationList } from './citation-list';
import { EventTime } from './event-time';
import { KindBadge } from './kind-badge';
import { ReadoutComparison, readoutsHeading } from './readout-comparison';
import { RecordTimes } from './record-times';
import { RelatedEvents } from './related-events';
import { StatusHistory } from './status-history';

const term = 'text-sm font-medium text-slate-600 dark:text-slate-400';
const link = 'underline underline-offset-2';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** Everything Parley knows about one event, each fact next to where it comes from. */
/** `outcomes`: the session's outcomes section, when the page has them (its commitments, no agreement, the next meeting). */
export function EventDetail({ event, actions, readouts, outcomes }: { event: EventDetailDTO; actions?: React.ReactNode; readouts?: EventReadoutsDTO; outcomes?: React.ReactNode }) {
  const { location } = event;
  return (
    <article aria-labelledby="event-title">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className={link}>
          Timeline
        </Link>
      </nav>
      <header className="mt-3">
        <p className="flex flex-wrap items-center gap-3">
          <KindBadge kind={event.kind} />
          <span className="rounded border border-slate-300 px-1.5 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-300">{EVENT_STATUS_LABELS[event.status]}</span>
        </p>
        <h1 id="event-title" className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {event.title}
        </h1>
        {event.summary && <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{event.summary}</p>}
        <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
          <CopyLink />
          {actions}
        </div>
      </header>

      {/* On wide screens the map, the sources and the related events stand beside the facts. */}
      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_26rem] xl:gap-x-10">
        <div className="min-w-0">
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
            <dd>
              {location ? (
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
              ) : (
                'Not recorded'
              )}
            </dd>
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

          <div className="grid gap-x-8 md:grid-cols-2">
            <Section id="parties-heading" title="Parties">
              {event.parties.length ? (
                <ul className="space-y-1">
                  {event.parties.map((party) => (
                    <li key={`${party.slug}-${party.role}`}>
                      <Link href={`/parties/${party.slug}`} className={link}>
                        {party.name}
                      </Link>{' '}
                      <span className="text-slate-600 dark:text-slate-400">— {PARTY_ROLE_LABELS[party.role].toLowerCase()}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">None recorded.</p>
              )}
            </Section>
            <Section id="people-heading" title="People">
              {event.people.length ? (
                <ul className="space-y-2">
                  {event.people.map((person) => (
                    <li key={`${person.slug}-${person.role}`}>
                      <Link href={`/people/${person.slug}`} className={link}>
                        {person.name}
                      </Link>{' '}
                      <span className="text-slate-600 dark:text-slate-400">— {PERSON_ROLE_LABELS[person.role].toLowerCase()}</span>
                      {(person.title || person.party) && (
                        <span className="block text-sm text-slate-700 dark:text-slate-300">
                          {person.title}
                          {person.title && person.party ? ', ' : ''}
                          {person.party && (
                            <Link href={`/parties/${person.party.slug}`} className={link}>
                              {person.party.name}
                            </Link>
                          )}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">None recorded.</p>
              )}
            </Section>
          </div>

          {outcomes && (
            <Section id="outcomes-heading" title="Outcomes">
              {outcomes}
            </Section>
          )}

          {readouts && readouts.readouts.length > 0 && (
            <Section id="readouts-heading" title={readoutsHeading(readouts)}>
              <ReadoutComparison data={readouts} />
              <p className="mt-2 text-sm print:hidden">
                <Link href={`/events/${event.slug}/readouts`} className={link}>
                  The {readouts.readouts.length > 1 ? 'comparison' : 'readout'} on a page of its own, to print or share
                </Link>
              </p>
            </Section>
          )}

          {event.statusHistory.length > 0 && (
            <Section id="status-heading" title="Status history">
              <StatusHistory changes={event.statusHistory} timeZone={event.timeZone} />
            </Section>
          )}
        </div>
        <div className="min-w-0">
          {location && (
            <VenueMap venues={venueOf(location)} title={`Map: ${location.name}, ${location.country}`} className="mt-8" />
          )}
          <Section id="sources-heading" title="Sources">
            <CitationList citations={event.citations} />
          </Section>
          <Section id="related-heading" title="Related events">
            <RelatedEvents related={event.related} />
          </Section>
          <Section id="cite-heading" title="Cite this event">
            <CiteEvent
              event={{ ...event, place: location ? `${location.name}, ${location.country}` : null }}
            />
          </Section>
        </div>
      </div>
    </article>
  );
}
