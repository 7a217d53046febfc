import Link from 'next/link';
import type { ParticipationDTO } from '@/db/queries/people';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';

type EventFacts = ParticipationDTO['event'];

/**
 * A compact timeline: one row per event in time order, its date in the event's own zone, and
 * below the title whatever part the participant played (given as children).
 */
export function ParticipationList<T extends { event: EventFacts }>({
  items,
  more,
  timelineHref,
  label,
  children,
}: {
  items: T[];
  more: boolean;
  /** Where to see the same events on the timeline; no link when absent. */
  timelineHref?: string;
  label: string;
  children: (item: T) => React.ReactNode;
}) {
  if (items.length === 0) return <p className="text-slate-700 dark:text-slate-300">No events recorded.</p>;
  return (
    <>
      <ol className="relative space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-800" aria-label={label}>
        {items.map((item) => (
          <li key={item.event.slug} className="relative">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full border-2 border-white bg-accent-600 dark:border-slate-950 dark:bg-accent-300"
            />
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <time dateTime={item.event.startsAt}>
                {formatWhen(item.event.startsAt, item.event.timeZone, item.event.precision, item.event.approximate)}
              </time>
              {item.event.place ? ` · ${item.event.place}` : ''}
            </p>
            <h3 className="font-semibold">
              <Link href={`/events/${item.event.slug}`} className="hover:underline">
                {item.event.title}
              </Link>
            </h3>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {EVENT_KIND_LABELS[item.event.kind]} · {EVENT_STATUS_LABELS[item.event.status]}
            </p>
            {children(item)}
          </li>
        ))}
      </ol>
      {timelineHref && (
        <p className="mt-4 text-sm">
          <Link href={timelineHref} className="underline hover:no-underline">
            {more ? 'More events: see them all on the timeline' : 'See these events on the timeline'}
          </Link>
        </p>
      )}
    </>
  );
}
