import Link from 'next/link';
import type { PartyEventDTO } from '@/db/queries/parties';
import { PERSON_ROLE_LABELS } from '@/lib/labels';

/** Who acted for the party at one event, with their role and the title they held that day. */
export function PartyPeopleAtEvent({ people, emptyText }: { people: PartyEventDTO['people']; emptyText?: string }) {
  if (people.length === 0)
    return emptyText ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{emptyText}</p> : null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm">
      {people.map((person) => (
        <li key={`${person.slug}-${person.role}`}>
          <Link href={`/people/${person.slug}`} className="font-medium underline hover:no-underline">
            {person.name}
          </Link>
          <span className="text-slate-700 dark:text-slate-300">
            {' '}
            — {PERSON_ROLE_LABELS[person.role]}
            {person.title ? `, as ${person.title}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
