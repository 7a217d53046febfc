import Link from 'next/link';
import type { EventDTO } from '@/db/queries/event-dto';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTY_ROLE_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';

/** One event in a list: its kind in words, title, honest time in its own zone, place and parties. */
export function EventSummary({ event }: { event: EventDTO }) {
  return (
    <article className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {EVENT_KIND_LABELS[event.kind]} · {EVENT_STATUS_LABELS[event.status]}
      </p>
      <h3 className="mt-1 text-base font-semibold">
        <Link href={`/events/${event.slug}`} className="hover:underline">
          {event.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate)}</time>
        {event.location ? ` · ${event.location.name}, ${event.location.country}` : ''}
      </p>
      {event.parties.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label="Parties">
          {event.parties.map((party) => (
            <li key={`${party.slug}-${party.role}`} className="rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
              {party.name} <span className="text-slate-600 dark:text-slate-400">({PARTY_ROLE_LABELS[party.role].toLowerCase()})</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
