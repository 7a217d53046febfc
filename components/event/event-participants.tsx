import Link from 'next/link';
import type { EventDetailDTO } from '@/db/queries/events';
import { PARTY_ROLE_LABELS, PERSON_ROLE_LABELS } from '@/lib/labels';
import { Section } from './section';

const link = 'underline underline-offset-2';

/** Who was at the event: the parties with their roles, and the people with the title each held that day. */
export function EventParticipants({ event }: { event: EventDetailDTO }) {
  return (
    <div className="grid gap-x-8 md:grid-cols-2">
      <Section id="parties-heading" title="Parties">
        {event.parties.length ? (
          <ul className="space-y-1">
            {event.parties.map((party) => (
              <li key={`${party.slug}-${party.role}`}>
                <Link href={`/parties/${party.slug}`} className={link}>
                  {party.name}
                </Link>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  — {PARTY_ROLE_LABELS[party.role].toLowerCase()}
                </span>
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
                <span className="text-slate-600 dark:text-slate-400">
                  — {PERSON_ROLE_LABELS[person.role].toLowerCase()}
                </span>
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
  );
}
