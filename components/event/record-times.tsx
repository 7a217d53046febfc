// The three times of an event kept apart: when it happened is the event's own time (shown above
// these), when it was first reported is the earliest cited source's publication, and when Parley
// recorded and last changed it is the revision log's.
import type { EventDetailDTO } from '@/db/queries/events';
import { formatCalendarDay, formatWhen } from '@/lib/time';

/** The earliest dated source among the citations, the first cited on a tie. */
function firstReport(citations: EventDetailDTO['citations']) {
  return citations.reduce<EventDetailDTO['citations'][number]['source'] | null>((first, { source }) => {
    if (!source.publishedOn) return first;
    return !first?.publishedOn || source.publishedOn < first.publishedOn ? source : first;
  }, null);
}

export function RecordTimes({
  event,
  term,
}: {
  event: Pick<EventDetailDTO, 'citations' | 'createdAt' | 'updatedAt' | 'version'>;
  term: string;
}) {
  const first = firstReport(event.citations);
  return (
    <>
      <dt className={term}>First reported</dt>
      <dd data-testid="first-reported">
        {first?.publishedOn ? (
          <>
            <time dateTime={first.publishedOn}>{formatCalendarDay(first.publishedOn)}</time> by {first.publisher}
          </>
        ) : (
          'No cited source gives a date'
        )}
      </dd>
      <dt className={term}>Recorded in Parley</dt>
      <dd data-testid="recorded">
        <time dateTime={event.createdAt}>{formatWhen(event.createdAt, 'UTC', 'minute')}</time>; last changed{' '}
        <time dateTime={event.updatedAt}>{formatWhen(event.updatedAt, 'UTC', 'minute')}</time> (version {event.version})
      </dd>
    </>
  );
}
