// The sections of "the story so far", declared as data: each has a heading, a few lines, and a
// link into the timeline (or the tracker). Another section is one more entry in the list.
import Link from 'next/link';
import { Deadline, StatusBadge } from '@/components/commitments/commitment-list';
import type { EventDTO } from '@/db/queries/event-dto';
import type { StoryDTO } from '@/db/queries/story';
import { OPEN_COMMITMENTS_HREF } from '@/lib/commitment-links';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';

export type StorySection = {
  id: string;
  heading: string;
  body: React.ReactNode;
  /** Where the section goes on in the timeline. */
  more: { href: string; label: string };
};

const link = 'font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-300';
const when = (event: EventDTO) => formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate);

function EventLine({ event, note }: { event: EventDTO; note?: string }) {
  return (
    <>
      <Link href={`/events/${event.slug}`} prefetch={false} className={link}>
        {event.title}
      </Link>
      <span className="text-slate-600 dark:text-slate-400">
        {' '}
        · {when(event)}
        {note ? ` · ${note}` : ''}
      </span>
    </>
  );
}

function latest(story: StoryDTO): StorySection | null {
  if (story.latest.length === 0) return null;
  const oldest = story.latest.at(-1)!;
  return {
    id: 'latest',
    heading: 'Latest developments',
    body: (
      <ul className="space-y-1">
        {story.latest.map((event) => (
          <li key={event.slug}>
            <EventLine event={event} note={EVENT_KIND_LABELS[event.kind]} />
          </li>
        ))}
      </ul>
    ),
    more: {
      href: `/?from=${oldest.localDate}`,
      label: `Everything since ${formatWhen(oldest.startsAt, oldest.timeZone, 'day')}`,
    },
  };
}

function outcomes(story: StoryDTO): StorySection | null {
  if (story.outcomes.length === 0) return null;
  return {
    id: 'outcomes',
    heading: 'Outcomes',
    body: (
      <ul className="space-y-1">
        {story.outcomes.map(({ event, sessions }) => (
          <li key={event.slug}>
            <EventLine event={event} note={EVENT_STATUS_LABELS[event.status]} />
            {sessions.length > 0 && (
              <span className="block text-sm text-slate-600 dark:text-slate-400">
                From{' '}
                {sessions.map((session, i) => (
                  <span key={session.slug}>
                    {i > 0 && ', '}
                    <Link href={`/events/${session.slug}`} prefetch={false} className={link}>
                      {session.title}
                    </Link>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    ),
    more: { href: '/?kind=agreement,proposal', label: 'All agreements and proposals' },
  };
}

function next(story: StoryDTO): StorySection | null {
  if (!story.next) return null;
  const { event, upcoming } = story.next;
  return {
    id: 'next',
    heading: upcoming ? 'Next session' : 'Last session announced',
    body: (
      <p>
        <EventLine event={event} note={event.location?.name} />
        {!upcoming && (
          <span className="block text-sm text-slate-600 dark:text-slate-400">No later session is scheduled yet.</span>
        )}
      </p>
    ),
    more: { href: '/?kind=talks_session', label: 'All sessions' },
  };
}

function table(story: StoryDTO): StorySection | null {
  if (!story.table) return null;
  const { session, heads } = story.table;
  return {
    id: 'table',
    heading: 'At the table',
    body: (
      <>
        <ul className="space-y-1">
          {heads.map((head) => (
            <li key={head.slug}>
              <Link href={`/people/${head.slug}`} prefetch={false} className={link}>
                {head.name}
              </Link>
              <span className="text-slate-600 dark:text-slate-400">
                {[head.title, head.party?.name].filter(Boolean).map((part) => ` · ${part}`)}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Heads of delegation at <EventLine event={session} />
        </p>
      </>
    ),
    more: {
      href: `/?person=${heads.map((head) => head.slug).join(',')}`,
      label: heads.length === 1 ? `${heads[0].name}’s events` : 'Their events',
    },
  };
}

function open(story: StoryDTO): StorySection | null {
  const { commitments, count } = story.open;
  if (count === 0) return null;
  return {
    id: 'open-commitments',
    heading: 'Open commitments',
    body: (
      <ul className="space-y-1">
        {commitments.map((commitment) => (
          <li key={commitment.slug} data-testid="open-commitment">
            <StatusBadge status={commitment.status} />{' '}
            <Link href={`/commitments/${commitment.slug}`} prefetch={false} className={link}>
              {commitment.text}
            </Link>
            <span className="block text-sm text-slate-600 dark:text-slate-400">
              <Deadline commitment={commitment} />
            </span>
          </li>
        ))}
      </ul>
    ),
    more: {
      href: OPEN_COMMITMENTS_HREF,
      label: count === 1 ? 'The open commitment in the tracker' : `All ${count} open in the tracker`,
    },
  };
}

/** The sections in reading order; one without anything to say is left out. */
export function storySections(story: StoryDTO): StorySection[] {
  return [latest(story), outcomes(story), next(story), table(story), open(story)].filter((section) => section !== null);
}
