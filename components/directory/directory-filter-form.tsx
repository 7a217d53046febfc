import Link from 'next/link';
import type { PartyDTO } from '@/db/queries/directory';
import type { EventChoice } from '@/db/queries/participants';
import { formatWhen } from '@/lib/time';
import { directoryRoleSchema, directoryShowSchema, directorySortSchema, type DirectoryQuery } from '@/lib/validation/directory-filters';
import { DIRECTORY_ROLE_LABELS, DIRECTORY_SHOW_LABELS, DIRECTORY_SORT_LABELS } from './filter-options';

const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';
const label = 'block text-sm font-medium text-slate-800 dark:text-slate-200';

/**
 * The directory's filters as a plain GET form: it works before any script loads, and every
 * filter ends up in the URL, so a filtered directory can be bookmarked and shared.
 */
export function DirectoryFilterForm({ query, parties, events }: { query: DirectoryQuery; parties: PartyDTO[]; events: EventChoice[] }) {
  return (
    <form method="get" action="/participants" role="search" aria-label="Filter participants" className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800">
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="directory-q" className={label}>
          Search names, aliases and titles
        </label>
        <input id="directory-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} className={field} placeholder="e.g. Umerov, envoy, Kremlin" />
      </div>
      <div>
        <label htmlFor="directory-party" className={label}>
          Party
        </label>
        <select id="directory-party" name="party" defaultValue={query.party ?? ''} className={field}>
          <option value="">All parties</option>
          {parties.map((party) => (
            <option key={party.slug} value={party.slug}>
              {party.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="directory-role" className={label}>
          Role
        </label>
        <select id="directory-role" name="role" defaultValue={query.role ?? ''} className={field}>
          <option value="">Any role</option>
          {directoryRoleSchema.options.map((role) => (
            <option key={role} value={role}>
              {DIRECTORY_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="directory-event" className={label}>
          Took part in
        </label>
        <select id="directory-event" name="event" defaultValue={query.event ?? ''} className={field}>
          <option value="">Any event</option>
          {events.map((event) => (
            <option key={event.slug} value={event.slug}>
              {event.title} — {formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="directory-show" className={label}>
          Show
        </label>
        <select id="directory-show" name="show" defaultValue={query.show} className={field}>
          {directoryShowSchema.options.map((show) => (
            <option key={show} value={show}>
              {DIRECTORY_SHOW_LABELS[show]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="directory-sort" className={label}>
          Order
        </label>
        <select id="directory-sort" name="sort" defaultValue={query.sort} className={field}>
          {directorySortSchema.options.map((sort) => (
            <option key={sort} value={sort}>
              {DIRECTORY_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-accent-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-accent-600">
          Apply filters
        </button>
        <Link href="/participants" className="py-1.5 text-sm text-slate-700 underline hover:no-underline dark:text-slate-300">
          Clear all
        </Link>
      </div>
    </form>
  );
}
