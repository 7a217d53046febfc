import Link from 'next/link';
import type { PartyDTO } from '@/db/queries/directory';
import type { EventChoice } from '@/db/queries/participants';
import { directoryHref, type DirectoryQuery } from '@/lib/validation/directory-filters';
import { DIRECTORY_ROLE_LABELS, DIRECTORY_SHOW_LABELS } from './filter-options';

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many match, and each active filter with a link that removes it. */
export function DirectorySummary({
  query,
  peopleCount,
  partyCount,
  parties,
  events,
}: {
  query: DirectoryQuery;
  peopleCount: number;
  partyCount: number;
  parties: PartyDTO[];
  events: EventChoice[];
}) {
  const active = [
    query.q ? { key: 'q', label: `Search “${query.q}”` } : null,
    query.party
      ? { key: 'party', label: `Party: ${parties.find((p) => p.slug === query.party)?.name ?? query.party}` }
      : null,
    query.role ? { key: 'role', label: `Role: ${DIRECTORY_ROLE_LABELS[query.role]}` } : null,
    query.event
      ? { key: 'event', label: `Took part in: ${events.find((e) => e.slug === query.event)?.title ?? query.event}` }
      : null,
    query.show !== 'all' ? { key: 'show', label: DIRECTORY_SHOW_LABELS[query.show] } : null,
  ].filter((chip) => chip !== null);
  return (
    <div className="mt-4">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {query.show === 'parties' ? '' : plural(peopleCount, 'person', 'people')}
        {query.show === 'all' ? ' and ' : ''}
        {query.show === 'people' ? '' : plural(partyCount, 'party', 'parties')}
        {active.length > 0 ? ' match' : ''}
      </p>
      {active.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Active filters">
          {active.map((chip) => (
            <li key={chip.key}>
              <Link
                href={directoryHref({ ...query, [chip.key]: chip.key === 'show' ? 'all' : undefined })}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-3 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                aria-label={`Remove filter ${chip.label}`}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
