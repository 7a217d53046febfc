import Link from 'next/link';
import { ParticipationList } from '@/components/directory/participation-list';
import type { SubjectEventDTO } from '@/db/queries/subject-pages';
import { PARTY_ROLE_LABELS } from '@/lib/labels';

/** A topic's or a place's events in time order, each with the parties at it and their roles. */
export function SubjectEvents({
  events,
  more,
  timelineHref,
  label,
}: {
  events: SubjectEventDTO[];
  more: boolean;
  timelineHref: string;
  label: string;
}) {
  return (
    <ParticipationList items={events} more={more} timelineHref={timelineHref} label={label}>
      {(item) =>
        item.parties.length > 0 && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {item.parties.map((party, i) => (
              <span key={`${party.slug}-${party.role}`}>
                {i > 0 ? ', ' : ''}
                <Link href={`/parties/${party.slug}`} className="underline hover:no-underline">
                  {party.name}
                </Link>{' '}
                ({PARTY_ROLE_LABELS[party.role].toLowerCase()})
              </span>
            ))}
          </p>
        )
      }
    </ParticipationList>
  );
}
