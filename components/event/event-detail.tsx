import Link from 'next/link';
import type { EventDetailDTO } from '@/db/queries/events';
import type { EventReadoutsDTO } from '@/db/queries/readouts';
import { VenueMap, venueOf } from '../map/venue-map';
import { CiteEvent } from '../share/cite-event';
import { CopyLink } from '../share/copy-link';
import { CitationList } from './citation-list';
import { EventFacts } from './event-facts';
import { EventParticipants } from './event-participants';
import { KindBadge } from './kind-badge';
import { ReadoutComparison, readoutsHeading } from './readout-comparison';
import { RelatedEvents } from './related-events';
import { Section } from './section';
import { StatusBadge } from './status-badge';
import { StatusHistory } from './status-history';

const link = 'underline underline-offset-2';

/** The event's kind and status, its title and summary, and what can be done with the page. */
function EventHeader({ event, actions }: { event: EventDetailDTO; actions?: React.ReactNode }) {
  return (
    <header className="mt-3">
      <p className="flex flex-wrap items-center gap-3">
        <KindBadge kind={event.kind} />
        <StatusBadge status={event.status} />
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
  );
}

/** Everything Parley knows about one event, each fact next to where it comes from. */
/** `outcomes`: the session's outcomes section, when the page has them (its commitments, no agreement, the next meeting). */
export function EventDetail({
  event,
  actions,
  readouts,
  outcomes,
}: {
  event: EventDetailDTO;
  actions?: React.ReactNode;
  readouts?: EventReadoutsDTO;
  outcomes?: React.ReactNode;
}) {
  const { location } = event;
  return (
    <article aria-labelledby="event-title">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className={link}>
          Timeline
        </Link>
      </nav>
      <EventHeader event={event} actions={actions} />

      {/* On wide screens the map, the sources and the related events stand beside the facts. */}
      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_26rem] xl:gap-x-10">
        <div className="min-w-0">
          <EventFacts event={event} />

          <EventParticipants event={event} />

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
            <VenueMap
              venues={venueOf(location)}
              title={`Map: ${location.name}, ${location.country}`}
              className="mt-8"
            />
          )}
          <Section id="sources-heading" title="Sources">
            <CitationList citations={event.citations} />
          </Section>
          <Section id="related-heading" title="Related events">
            <RelatedEvents related={event.related} />
          </Section>
          <Section id="cite-heading" title="Cite this event">
            <CiteEvent event={{ ...event, place: location ? `${location.name}, ${location.country}` : null }} />
          </Section>
        </div>
      </div>
    </article>
  );
}
