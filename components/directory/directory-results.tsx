import Link from 'next/link';
import type { PartyEntry, PersonEntry } from '@/db/queries/participants';
import type { DirectoryQuery } from '@/lib/validation/directory-filters';
import { PartyEntryCard, PersonEntryCard } from './directory-entries';

type Group = { slug: string | null; name: string; party: PartyEntry | null; people: PersonEntry[] };

/**
 * People under the party they belong to: the filtered party when they were ever in it, else
 * the party of their current title. A party with no matching person still forms a group when
 * it matches itself.
 */
function groupByParty(people: PersonEntry[], parties: PartyEntry[], filterParty: string | undefined): Group[] {
  const groups = new Map<string, Group>();
  for (const party of parties) groups.set(party.slug, { slug: party.slug, name: party.name, party, people: [] });
  for (const person of people) {
    const home =
      filterParty && person.affiliations.some((a) => a.partySlug === filterParty)
        ? person.affiliations.find((a) => a.partySlug === filterParty)!
        : person.current;
    const key = home?.partySlug ?? '';
    const group = groups.get(key) ?? {
      slug: home?.partySlug ?? null,
      name: home?.partyName ?? 'No party recorded',
      party: null,
      people: [],
    };
    group.people.push(person);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.slug === null) - Number(b.slug === null) || a.name.localeCompare(b.name),
  );
}

function GroupHeading({ group }: { group: Group }) {
  if (group.party) return <PartyEntryCard party={group.party} />;
  const id = `party-${group.slug ?? 'none'}`;
  return (
    <h2 id={id} className="text-lg font-semibold">
      {group.slug ? (
        <Link href={`/parties/${group.slug}`} className="hover:underline">
          {group.name}
        </Link>
      ) : (
        group.name
      )}
    </h2>
  );
}

export function DirectoryResults({
  people,
  parties,
  query,
}: {
  people: PersonEntry[];
  parties: PartyEntry[];
  query: DirectoryQuery;
}) {
  if (people.length === 0 && parties.length === 0) {
    return (
      <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
        No one matches these filters.{' '}
        <Link href="/participants" className="underline hover:no-underline">
          Show everyone
        </Link>
      </p>
    );
  }
  if (query.sort === 'name') {
    const entries = [...people, ...parties].sort((a, b) =>
      (a.type === 'person' ? a.sortName : a.name).localeCompare(b.type === 'person' ? b.sortName : b.name),
    );
    return (
      <ul className="mt-4 grid gap-3 sm:grid-cols-2" aria-label="Participants by name">
        {entries.map((entry) => (
          <li key={`${entry.type}-${entry.slug}`}>
            {entry.type === 'person' ? (
              <PersonEntryCard person={entry} headingLevel="h2" />
            ) : (
              <article
                aria-labelledby={`party-${entry.slug}`}
                className="h-full rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-900"
              >
                <PartyEntryCard party={entry} />
              </article>
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="mt-4 space-y-6">
      {groupByParty(people, parties, query.party).map((group) => (
        <section
          key={group.slug ?? 'none'}
          aria-labelledby={`party-${group.slug ?? 'none'}`}
          className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/60"
        >
          <GroupHeading group={group} />
          {group.people.length > 0 ? (
            <ul className="mt-3 grid gap-3 sm:grid-cols-2" aria-label={`People of ${group.name}`}>
              {group.people.map((person) => (
                <li key={person.slug} className="bg-white dark:bg-slate-950">
                  <PersonEntryCard person={person} />
                </li>
              ))}
            </ul>
          ) : query.show !== 'parties' ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              No people recorded for this party{query.q || query.role || query.event ? ' under these filters' : ''}.
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
