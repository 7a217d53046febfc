'use client';

import {
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EventListItem, EventPage } from '@/db/queries/events';
import { ExportLinks, exportQuery } from '@/components/exports/export-links';
import { CalendarSubscribe } from '@/components/share/calendar-subscribe';
import { CopyLink } from '@/components/share/copy-link';
import { TimeAxis } from '@/components/time-axis/time-axis';
import { facetsQuery, timelineQuery } from '@/lib/query/timeline';
import { filtersToSearchParams, hasFilters, LIST_FILTERS, type TimelineFilters } from '@/lib/query/timeline-filters';
import { topicClaimsFilters } from '@/lib/query/topic-claims';
import { EventList } from './event-list';
import { FilterPanel, RESULTS_ID } from './filter-panel';
import { SearchBox } from './search-box';
import { TimelineSkeleton } from './timeline-skeleton';
import { TopicClaims } from './topic-claims';
import { useTimelineFilters } from './use-timeline-filters';

const action = 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300';

/**
 * The interactive timeline: search, filters with counts, the time axis and the list; with a
 * topic chosen, what each side said about it beside the events. `topicNames`: the names of the
 * topics the server rendered for, until the counts (which name every topic) arrive. `map`: the
 * venues' map, drawn on the server, shown under the exports.
 */
export function Timeline({ topicNames = {}, map }: { topicNames?: Record<string, string>; map?: React.ReactNode }) {
  const { filters, update, toggle, clear } = useTimelineFilters();
  const list = useInfiniteQuery({ ...timelineQuery(filters), placeholderData: keepPreviousData });
  const facets = useQuery({ ...facetsQuery(filters), placeholderData: keepPreviousData });
  const events = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const filtered = hasFilters(filters);
  const activeCount =
    LIST_FILTERS.reduce((n, key) => n + filters[key].length, 0) +
    (filters.from || filters.to ? 1 : 0) +
    (filters.q ? 1 : 0);
  const updating = list.isPlaceholderData || facets.isPlaceholderData;
  const total = facets.data?.total;
  const topicName = (slug: string) =>
    facets.data?.topic.find((option) => option.slug === slug)?.name ?? topicNames[slug] ?? slug;

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
        <FilterPanel
          filters={filters}
          facets={facets.data}
          activeCount={activeCount}
          onToggle={toggle}
          onMatch={(key, mode) => update({ [key]: mode })}
          onDates={(from, to) => update({ from, to })}
          onClear={clear}
        />
        <ViewLinks filters={filters} map={map} />
      </aside>
      {/* Each chosen topic gets its own "what each side said": readers ask it of one matter at a time. Above the events on narrow screens, beside them on wide ones. */}
      <div
        className={
          filters.topic.length
            ? 'min-w-0 space-y-4 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem] xl:gap-6 xl:space-y-0'
            : 'min-w-0'
        }
      >
        {filters.topic.length > 0 && (
          <div className="min-w-0 space-y-4 xl:order-last xl:self-start">
            {filters.topic.map((topic) => (
              <TopicClaims key={topic} filters={topicClaimsFilters(filters, topic)} topicName={topicName(topic)} />
            ))}
          </div>
        )}
        <div className="min-w-0 space-y-4">
          <SearchBox value={filters.q} onSearch={(q) => update({ q })} />
          <TimeAxis
            filters={filters}
            onRange={(from, to) => update({ from, to })}
            onClearRange={() => update({ from: null, to: null })}
          />
          <p
            role="status"
            id={RESULTS_ID}
            tabIndex={-1}
            className="scroll-mt-4 text-sm text-slate-700 focus:outline-none dark:text-slate-300"
          >
            {statusText(total, filtered, updating)}
            {/* The empty state offers its own button; while results load, the count may still be the previous filters'. */}
            {filtered && !updating && events.length > 0 && (
              <>
                {' · '}
                <button type="button" onClick={clear} className={action}>
                  Clear filters
                </button>
              </>
            )}
          </p>
          <div aria-busy={updating} className={updating ? 'opacity-60 transition-opacity' : undefined}>
            <TimelineBody list={list} events={events} filtered={filtered} rangeEnd={filters.to} onClear={clear} />
          </div>
        </div>
      </div>
    </div>
  );
}

type TimelineList = Pick<
  UseInfiniteQueryResult<InfiniteData<EventPage>, Error>,
  | 'isError'
  | 'data'
  | 'error'
  | 'refetch'
  | 'hasNextPage'
  | 'isFetchingNextPage'
  | 'isFetchNextPageError'
  | 'fetchNextPage'
>;

/** The list, or what stands in for it: an error with a retry, the skeleton, or the empty state. */
function TimelineBody({
  list,
  events,
  filtered,
  rangeEnd,
  onClear,
}: {
  list: TimelineList;
  events: EventListItem[];
  filtered: boolean;
  rangeEnd: string | null;
  onClear: () => void;
}) {
  if (list.isError && !list.data) {
    return (
      <div role="alert" className="rounded-lg border border-rose-300 p-4 dark:border-rose-800">
        <p className="font-medium">The timeline could not be loaded.</p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{list.error?.message}</p>
        <button
          type="button"
          onClick={() => list.refetch()}
          className="mt-3 rounded-md bg-accent-700 px-4 py-2 text-sm font-medium text-white hover:bg-accent-600"
        >
          Retry
        </button>
      </div>
    );
  }
  if (!list.data) return <TimelineSkeleton />;
  if (events.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
        {filtered ? (
          <p>
            No events match.{' '}
            <button type="button" onClick={onClear} className={action}>
              Clear filters
            </button>
          </p>
        ) : (
          <p>No events recorded yet.</p>
        )}
      </div>
    );
  }
  return (
    <EventList
      events={events}
      rangeEnd={rangeEnd}
      hasNextPage={list.hasNextPage}
      isFetchingNextPage={list.isFetchingNextPage}
      nextPageError={list.isFetchNextPageError}
      fetchNextPage={() => void list.fetchNextPage()}
    />
  );
}

/** Under the filters: the view's exports, its link and calendar subscription, and the venues' map. */
function ViewLinks({ filters, map }: { filters: TimelineFilters; map?: React.ReactNode }) {
  return (
    <>
      <div className="mt-6">
        <ExportLinks query={filtersToSearchParams(filters)} />
        <p className="mt-3">
          <CopyLink label="Copy link to this view" />
        </p>
        <div className="mt-4">
          <CalendarSubscribe search={exportQuery(filtersToSearchParams(filters))} />
        </div>
      </div>
      {map && (
        <section aria-labelledby="venues-heading" className="mt-6">
          <h2 id="venues-heading" className="text-base font-semibold">
            Venues
          </h2>
          <div className="mt-2">{map}</div>
        </section>
      )}
    </>
  );
}

/** The count says "match" only for results that belong to the filters in the address. */
function statusText(total: number | undefined, filtered: boolean, updating: boolean): string {
  if (updating) return 'Updating…';
  if (total === undefined) return '';
  return `${total.toLocaleString('en-GB')} event${total === 1 ? '' : 's'}${filtered ? (total === 1 ? ' matches' : ' match') : ''}`;
}
