import Link from 'next/link';
import type { PartyEntry, PersonEntry, RoleCount } from '@/db/queries/participants';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS, PERSON_ROLE_LABELS } from '@/lib/labels';
import { eventCountLabel } from './event-count';

function RoleList<R extends string>({
  roles,
  labels,
  name,
}: {
  roles: RoleCount<R>[];
  labels: Record<R, string>;
  name: string;
}) {
  if (roles.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-1.5 text-xs" aria-label={`Roles of ${name}`}>
      {roles.map(({ role, count }) => (
        <li
          key={role}
          className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-800 dark:bg-slate-800 dark:text-slate-200"
        >
          {labels[role]} <span className="text-slate-600 dark:text-slate-400">in {count}</span>
        </li>
      ))}
    </ul>
  );
}

function AtEvent<R extends string>({ roles, labels }: { roles: R[]; labels: Record<R, string> }) {
  if (roles.length === 0) return null;
  return (
    <p className="mt-1 text-sm font-medium text-accent-700 dark:text-accent-300">
      At this event: {roles.map((role) => labels[role]).join(', ')}
    </p>
  );
}

/** A person in the directory: name, the title held now and in which party, events and roles. */
export function PersonEntryCard({ person, headingLevel = 'h3' }: { person: PersonEntry; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article
      aria-labelledby={`person-${person.slug}`}
      className="h-full rounded-lg border border-slate-200 p-3 dark:border-slate-800"
    >
      <Heading id={`person-${person.slug}`} className="text-base font-semibold">
        <Link href={`/people/${person.slug}`} className="hover:underline">
          {person.name}
        </Link>
      </Heading>
      {person.current ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {person.current.title} · <span className="font-medium">{person.current.partyName}</span>
        </p>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No title recorded</p>
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{eventCountLabel(person.eventCount)}</p>
      <AtEvent roles={person.rolesAtEvent} labels={PERSON_ROLE_LABELS} />
      <RoleList roles={person.roles} labels={PERSON_ROLE_LABELS} name={person.name} />
    </article>
  );
}

/** A party in the directory: kind, aliases, people, events and the roles it took in them. */
export function PartyEntryCard({ party }: { party: PartyEntry }) {
  return (
    <div>
      <h2 id={`party-${party.slug}`} className="text-lg font-semibold">
        <Link href={`/parties/${party.slug}`} className="hover:underline">
          {party.name}
        </Link>
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {PARTY_KIND_LABELS[party.kind]}
        {party.aliases.length > 0 ? ` · also ${party.aliases.join(', ')}` : ''}
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {eventCountLabel(party.eventCount)} · {party.peopleCount === 1 ? '1 person' : `${party.peopleCount} people`}
      </p>
      <AtEvent roles={party.rolesAtEvent} labels={PARTY_ROLE_LABELS} />
      <RoleList roles={party.roles} labels={PARTY_ROLE_LABELS} name={party.name} />
    </div>
  );
}
