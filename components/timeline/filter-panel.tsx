'use client';

import { useState } from 'react';
import type { EventKind, MatchMode } from '@/db/enums';
import type { EventFacetsDTO, FacetOption } from '@/db/queries/event-facets';
import { EVENT_KIND_CHOICES } from '@/lib/labels';
import type { ListFilter, MatchFilter, TimelineFilters } from '@/lib/query/timeline-filters';
import { KindIcon } from '../event/kind-badge';
import { DateFilterInput } from './date-filter-input';

type Props = {
  filters: TimelineFilters;
  facets: EventFacetsDTO | undefined;
  activeCount: number;
  onToggle: (key: ListFilter, value: string) => void;
  onMatch: (key: MatchFilter, mode: MatchMode) => void;
  onDates: (from: string | null, to: string | null) => void;
  onClear: () => void;
};

/** The element the "Show N events" button takes the reader to: the count above the list. */
export const RESULTS_ID = 'timeline-results';

const count = 'ml-auto shrink-0 tabular-nums text-xs text-slate-600 dark:text-slate-400';

function FacetGroup({
  legend,
  name,
  options,
  chosen,
  onToggle,
  icon,
  match,
}: {
  legend: string;
  name: ListFilter;
  options: FacetOption[];
  chosen: readonly string[];
  onToggle: Props['onToggle'];
  icon?: (slug: string) => React.ReactNode;
  match?: React.ReactNode;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="border-t border-slate-200 pt-3 dark:border-slate-800">
      <legend className="text-sm font-semibold">{legend}</legend>
      {match}
      <ul className="mt-2 max-h-64 space-y-0.5 overflow-y-auto pr-1">
        {options.map((option) => {
          const checked = chosen.includes(option.slug);
          return (
            <li key={option.slug}>
              <label
                className={`flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${option.count === 0 && !checked ? 'text-slate-500 dark:text-slate-400' : ''}`}
              >
                <input
                  type="checkbox"
                  name={name}
                  value={option.slug}
                  checked={checked}
                  onChange={() => onToggle(name, option.slug)}
                  className="size-4 shrink-0 accent-accent-700"
                />
                {icon?.(option.slug)}
                <span className="min-w-0 break-words">{option.name}</span>
                <span className={count}>
                  {option.count}
                  <span className="sr-only"> {option.count === 1 ? 'event' : 'events'}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * "Any of" or "all of" the chosen parties (people): always shown, so that choosing a second one
 * does not push the list down; the two agree until a second one is chosen.
 */
function MatchChoice({
  name,
  label,
  mode,
  onMatch,
}: {
  name: MatchFilter;
  label: string;
  mode: MatchMode;
  onMatch: Props['onMatch'];
}) {
  return (
    <div
      role="radiogroup"
      aria-label={`Events with ${label}`}
      className="mt-1 flex gap-3 text-xs text-slate-700 dark:text-slate-300"
    >
      {(['any', 'all'] as const).map((value) => (
        <label key={value} className="flex items-center gap-1">
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onMatch(name, value)}
            className="size-3.5 accent-accent-700"
          />
          {value === 'any' ? 'any of' : 'all of'}
        </label>
      ))}
    </div>
  );
}

/** On phones the open filters hide the list: this takes the reader to what they chose. */
function ShowEvents({ total, onShow }: { total: number; onShow: () => void }) {
  return (
    <div className="sticky bottom-0 bg-white/95 py-2 lg:hidden dark:bg-slate-950/95">
      <button
        type="button"
        onClick={() => {
          onShow();
          const results = document.getElementById(RESULTS_ID);
          results?.scrollIntoView({ block: 'start' });
          results?.focus({ preventScroll: true });
        }}
        className="w-full rounded-md bg-accent-700 px-4 py-2 text-sm font-medium text-white hover:bg-accent-600"
      >
        Show {total.toLocaleString('en-GB')} {total === 1 ? 'event' : 'events'}
      </button>
    </div>
  );
}

/** The kind facet: every kind in the fixed order of the labels, with its count (0 when none). */
function kindOptions(facets: EventFacetsDTO | undefined): FacetOption[] {
  return !facets
    ? []
    : EVENT_KIND_CHOICES.map(({ value, label }) => ({
        slug: value,
        name: label,
        count: facets?.kind.find((k) => k.slug === value)?.count ?? 0,
      }));
}

/** The heading with how many filters are active, the phone's show/hide toggle, and "Clear all filters". */
function FilterPanelHeader({
  activeCount,
  open,
  onOpen,
  onClear,
}: {
  activeCount: number;
  open: boolean;
  onOpen: (open: boolean) => void;
  onClear: () => void;
}) {
  return (
    <>
      <div className="flex items-center justify-between gap-2">
        <h2 id="filters-heading" className="text-base font-semibold">
          Filters
          {activeCount > 0 && (
            <span className="font-normal text-slate-600 dark:text-slate-400"> ({activeCount} active)</span>
          )}
        </h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-groups"
          onClick={() => onOpen(!open)}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm lg:hidden dark:border-slate-600"
        >
          {open ? 'Hide filters' : 'Show filters'}
        </button>
      </div>
      {activeCount > 0 && (
        <button
          type="button"
          onClick={onClear}
          className="mt-2 text-sm font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300"
        >
          Clear all filters
        </button>
      )}
    </>
  );
}

/** From and to, each bounded by the other. */
function DateFilters({ filters, onDates }: { filters: TimelineFilters; onDates: Props['onDates'] }) {
  return (
    <fieldset className="border-t border-slate-200 pt-3 dark:border-slate-800">
      <legend className="text-sm font-semibold">Dates</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 text-sm lg:grid-cols-1">
        <DateFilterInput
          label="From"
          value={filters.from}
          max={filters.to}
          onApply={(from) => onDates(from, filters.to)}
        />
        <DateFilterInput label="To" value={filters.to} min={filters.from} onApply={(to) => onDates(filters.from, to)} />
      </div>
    </fieldset>
  );
}

/** Placeholder rows while the counts for each filter load. */
function FacetsPending() {
  return (
    <div role="status" aria-label="Counting events for each filter" className="space-y-2">
      {[0, 1, 2, 3, 4, 5].map((n) => (
        <div
          key={n}
          aria-hidden="true"
          className="h-5 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-900"
        />
      ))}
    </div>
  );
}

/** The filters with how many events each choice would give, the other filters held. */
export function FilterPanel({ filters, facets, activeCount, onToggle, onMatch, onDates, onClear }: Props) {
  const [open, setOpen] = useState(false);
  const kinds = kindOptions(facets);

  return (
    <section aria-labelledby="filters-heading" className="min-w-0">
      <FilterPanelHeader activeCount={activeCount} open={open} onOpen={setOpen} onClear={onClear} />
      <div id="filter-groups" className={`mt-3 space-y-3 ${open ? '' : 'max-lg:hidden'}`}>
        <DateFilters filters={filters} onDates={onDates} />
        {!facets && <FacetsPending />}
        <FacetGroup
          legend="Kind"
          name="kind"
          options={kinds}
          chosen={filters.kind}
          onToggle={onToggle}
          icon={(slug) => <KindIcon kind={slug as EventKind} />}
        />
        <FacetGroup
          legend="Party"
          name="party"
          options={facets?.party ?? []}
          chosen={filters.party}
          onToggle={onToggle}
          match={
            <MatchChoice name="partyMatch" label="the chosen parties" mode={filters.partyMatch} onMatch={onMatch} />
          }
        />
        <FacetGroup
          legend="Topic"
          name="topic"
          options={facets?.topic ?? []}
          chosen={filters.topic}
          onToggle={onToggle}
        />
        <FacetGroup
          legend="Person"
          name="person"
          options={facets?.person ?? []}
          chosen={filters.person}
          onToggle={onToggle}
          match={
            <MatchChoice name="personMatch" label="the chosen people" mode={filters.personMatch} onMatch={onMatch} />
          }
        />
        <FacetGroup
          legend="Location"
          name="location"
          options={facets?.location ?? []}
          chosen={filters.location}
          onToggle={onToggle}
        />
        {activeCount > 0 && facets && <ShowEvents total={facets.total} onShow={() => setOpen(false)} />}
      </div>
    </section>
  );
}
