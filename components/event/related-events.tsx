import Link from 'next/link';
import type { RelatedEventDTO } from '@/db/queries/events';
import { RELATION_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';
import { KindBadge } from './kind-badge';

/** Events this one points to and those that point to it, named from this event's side. */
export function RelatedEvents({ related }: { related: RelatedEventDTO[] }) {
  if (related.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No related events recorded.</p>;
  return (
    <ul className="space-y-2">
      {related.map(({ type, direction, event }) => (
        <li
          key={`${direction}-${type}-${event.slug}`}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">{RELATION_LABELS[type][direction]}</p>
          <p className="mt-1">
            <Link href={`/events/${event.slug}`} className="font-semibold underline-offset-2 hover:underline">
              {event.title}
            </Link>
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-slate-700 dark:text-slate-300">
            <KindBadge kind={event.kind} />
            <time dateTime={event.startsAt}>
              {formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate)}
            </time>
          </p>
        </li>
      ))}
    </ul>
  );
}
