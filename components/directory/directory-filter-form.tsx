import Link from 'next/link';
import type { PartyDTO } from '@/db/queries/directory';
import type { EventChoice } from '@/db/queries/participants';
import { formatWhen } from '@/lib/time';
import {
  directoryRoleSchema,
  directoryShowSchema,
  directorySortSchema,
  type DirectoryQuery,
} from '@/lib/validation/directory-filters';
import { ChoiceOptions } from '@/components/forms/field';
import { DIRECTORY_ROLE_LABELS, DIRECTORY_SHOW_LABELS, DIRECTORY_SORT_LABELS } from './filter-options';

const field =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';
const label = 'block text-sm font-medium text-slate-800 dark:text-slate-200';

type Choice = { value: string; label: string };

function FilterSelect({
  name,
  label: text,
  value,
  empty,
  choices,
}: {
  name: string;
  label: string;
  value: string;
  empty?: string;
  choices: readonly Choice[];
}) {
  return (
    <div>
      <label htmlFor={`directory-${name}`} className={label}>
        {text}
      </label>
      <select id={`directory-${name}`} name={name} defaultValue={value} className={field}>
        {empty !== undefined && <option value="">{empty}</option>}
        <ChoiceOptions choices={choices} />
      </select>
    </div>
  );
}

const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** The free-text search across names, aliases and titles, a full row of its own. */
function SearchField({ value }: { value: string }) {
  return (
    <div className="sm:col-span-2 lg:col-span-3">
      <label htmlFor="directory-q" className={label}>
        Search names, aliases and titles
      </label>
      <input
        id="directory-q"
        name="q"
        type="search"
        defaultValue={value}
        maxLength={200}
        className={field}
        placeholder="e.g. Umerov, envoy, Kremlin"
      />
    </div>
  );
}

/** Applying the filters is a plain submit; clearing them is a link to the unfiltered directory. */
function FormButtons() {
  return (
    <div className="flex items-end gap-3">
      <button
        type="submit"
        className="rounded-md bg-accent-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-accent-600"
      >
        Apply filters
      </button>
      <Link
        href="/participants"
        className="py-1.5 text-sm text-slate-700 underline hover:no-underline dark:text-slate-300"
      >
        Clear all
      </Link>
    </div>
  );
}

/**
 * The directory's filters as a plain GET form: it works before any script loads, and every
 * filter ends up in the URL, so a filtered directory can be bookmarked and shared.
 */
export function DirectoryFilterForm({
  query,
  parties,
  events,
}: {
  query: DirectoryQuery;
  parties: PartyDTO[];
  events: EventChoice[];
}) {
  const eventChoices = events.map((event) => ({
    value: event.slug,
    label: `${event.title} — ${formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate)}`,
  }));
  return (
    <form
      method="get"
      action="/participants"
      role="search"
      aria-label="Filter participants"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800"
    >
      <SearchField value={query.q ?? ''} />
      <FilterSelect
        name="party"
        label="Party"
        value={query.party ?? ''}
        empty="All parties"
        choices={parties.map((p) => ({ value: p.slug, label: p.name }))}
      />
      <FilterSelect
        name="role"
        label="Role"
        value={query.role ?? ''}
        empty="Any role"
        choices={choicesOf(directoryRoleSchema.options, DIRECTORY_ROLE_LABELS)}
      />
      <FilterSelect
        name="event"
        label="Took part in"
        value={query.event ?? ''}
        empty="Any event"
        choices={eventChoices}
      />
      <FilterSelect
        name="show"
        label="Show"
        value={query.show}
        choices={choicesOf(directoryShowSchema.options, DIRECTORY_SHOW_LABELS)}
      />
      <FilterSelect
        name="sort"
        label="Order"
        value={query.sort}
        choices={choicesOf(directorySortSchema.options, DIRECTORY_SORT_LABELS)}
      />
      <FormButtons />
    </form>
  );
}
