import Link from 'next/link';
import { memo } from 'react';
import type { EventListItem } from '@/db/queries/events';
import { PARTY_ROLE_LABELS, PERSON_ROLE_LABELS } from '@/lib/labels';
import { EventTime } from '../event/event-time';
import { Highlighted } from '../event/highlighted';
import { KindBadge } from '../event/kind-badge';
import { StatusBadge } from '../event/status-badge';

const SHOWS_STATUS = new Set(['agreement', 'proposal']);

const LEAD = 'border-l-4 bg-white p-5 shadow-sm dark:bg-slate-900';
const RECEDE = 'bg-slate-50 px-4 py-3 dark:bg-slate-950';

/**
 * How much a card weighs: sessions and agreements are what the talks are about and lead; the
 * statements and incidents around them recede, so a glance down the list finds the rounds.
 */
const WEIGHT: Record<EventListItem['kind'], { card: string; title: string }> = {
  talks_session: { card: `${LEAD} border-l-sky-600 dark:border-l-sky-400`, title: 'font-display text-xl' },
  agreement: { card: `${LEAD} border-l-emerald-600 dark:border-l-emerald-400`, title: 'font-display text-xl' },
  proposal: { card: 'bg-white p-4 dark:bg-slate-900', title: 'text-base' },
  announcement: { card: 'bg-white p-4 dark:bg-slate-900', title: 'text-base' },
  statement: { card: RECEDE, title: 'text-sm' },
  attack: { card: RECEDE, title: 'text-sm' },
};
const chipClass = 'rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800';
const link = 'underline-offset-2 hover:underline';

type Chip = { key: string; href: string; name: string; note?: string };

/** A labelled row of linked chips (the parties, people or topics of an event); nothing when there are none. */
function ChipRow({ label, chips }: { label: string; chips: Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <>
      <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>
        <ul className="flex flex-wrap gap-1.5">
          {chips.map((chip) => (
            <li key={chip.key} className={chipClass}>
              <Link href={chip.href} prefetch={false} className={link}>
                {chip.name}
              </Link>
              {chip.note && <span className="text-slate-600 dark:text-slate-400"> {chip.note.toLowerCase()}</span>}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The event's parties, people and topics as rows of linked chips; nothing when it has none. */
function EventChips({ event }: { event: EventListItem }) {
  if (event.parties.length === 0 && event.people.length === 0 && event.topics.length === 0) return null;
  return (
    <dl className="mt-3 grid gap-1 text-xs sm:grid-cols-[auto_1fr] sm:gap-x-3">
      <ChipRow
        label="Parties"
        chips={event.parties.map((party) => ({
          key: `${party.slug}-${party.role}`,
          href: `/parties/${party.slug}`,
          name: party.name,
          note: PARTY_ROLE_LABELS[party.role],
        }))}
      />
      <ChipRow
        label="People"
        chips={event.people.map((person) => ({
          key: `${person.slug}-${person.role}`,
          href: `/people/${person.slug}`,
          name: person.name,
          note: PERSON_ROLE_LABELS[person.role],
        }))}
      />
      <ChipRow
        label="Topics"
        chips={event.topics.map((topic) => ({ key: topic.slug, href: `/topics/${topic.slug}`, name: topic.name }))}
      />
    </dl>
  );
}

/**
 * One event in the timeline: everything a reader scans for, linking on to its page. Memoised:
 * the list re-renders on every scrolled frame, the cards already drawn need not.
 */
export const EventCard = memo(function EventCard({ event }: { event: EventListItem }) {
  const titleId = `event-${event.id}-title`;
  return (
    <article
      aria-labelledby={titleId}
      className={`rounded-lg border border-slate-200 dark:border-slate-800 ${WEIGHT[event.kind].card}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <KindBadge kind={event.kind} />
        {SHOWS_STATUS.has(event.kind) && <StatusBadge status={event.status} />}
      </div>
      <h3 id={titleId} className={`mt-1 font-semibold text-balance ${WEIGHT[event.kind].title}`}>
        <Link href={`/events/${event.slug}`} prefetch={false} className={link}>
          {event.match ? <Highlighted text={event.match.title} /> : event.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
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
          placeZone={event.location?.timeZone}
          placeCity={event.location?.city}
          mode="clock"
        />
        {event.location && (
          <span className="block">
            <Link href={`/locations/${event.location.slug}`} prefetch={false} className={link}>
              {event.location.name}
            </Link>
            , {event.location.country}
          </span>
        )}
      </p>
      {event.match?.snippet ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <Highlighted text={event.match.snippet} />
        </p>
      ) : (
        event.summary && <p className="mt-2 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{event.summary}</p>
      )}
      <EventChips event={event} />
    </article>
  );
});
