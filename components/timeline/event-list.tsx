'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { EventListItem } from '@/db/queries/events';
import { formatLongDay, formatWhen, readerToday } from '@/lib/time';
import type { Precision } from '@/db/enums';
import { timelineRows, type TimelineRow } from '@/lib/timeline-rows';
import { EventCard } from './event-card';
import { EventCardSkeleton } from './timeline-skeleton';

type Props = {
  events: EventListItem[];
  /** The chosen `to` date, if any: the list holds no day after it. */
  rangeEnd: string | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError: boolean;
  fetchNextPage: () => void;
};

const ESTIMATES = { day: 52, today: 44, event: 190 } as const;
/** Rows rendered before the browser has measured anything: the whole first page, so the server's HTML holds every event of it. */
const FIRST_RENDER_HEIGHT = 200 * ESTIMATES.event;
/** Ask for the next page when this many rows remain below the last one drawn. */
const PREFETCH_ROWS = 15;

const subscribeNever = () => () => {};

function periodHeading(instant: string, timeZone: string, precision: Precision): string {
  if (precision === 'week') return `Week of ${formatWhen(instant, timeZone, 'day')}`;
  if (precision === 'month' || precision === 'year')
    return `${formatWhen(instant, timeZone, precision)}, date not known more closely`;
  return formatLongDay(instant, timeZone);
}

const Row = memo(function Row({ row }: { row: TimelineRow<EventListItem> }) {
  if (row.type === 'event') return <EventCard event={row.event} />;
  if (row.type === 'today') {
    return (
      <p className="flex items-center gap-3 py-2 text-sm font-semibold text-rose-700 dark:text-rose-300">
        <span className="h-0.5 flex-1 bg-current" aria-hidden="true" />
        Today, <time dateTime={row.day}>{formatLongDay(`${row.day}T12:00:00Z`, 'UTC')}</time>
        <span className="h-0.5 flex-1 bg-current" aria-hidden="true" />
      </p>
    );
  }
  return (
    <h2 className="flex flex-wrap items-center gap-2 pb-2 pt-5 font-sans text-sm font-semibold text-slate-800 dark:text-slate-200">
      <time dateTime={row.day}>{periodHeading(row.instant, row.timeZone, row.precision)}</time>
      {row.isToday && (
        <span className="rounded bg-rose-700 px-1.5 py-0.5 text-xs text-white dark:bg-rose-300 dark:text-slate-950">
          Today
        </span>
      )}
    </h2>
  );
});

/**
 * The events as one virtualised list in document flow: only the rows near the viewport exist,
 * spacers above and below stand for the rest, and the next page is fetched before the end is
 * reached. Rows stay in flow (not absolutely placed) so the server's HTML reads correctly
 * before any script runs.
 */
export function EventList({ events, rangeEnd, hasNextPage, isFetchingNextPage, nextPageError, fetchNextPage }: Props) {
  const today = useSyncExternalStore(subscribeNever, readerToday, () => null);
  const rows = useMemo(
    () => timelineRows(events, today, !hasNextPage, rangeEnd),
    [events, today, hasNextPage, rangeEnd],
  );
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const measure = () =>
      setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => ESTIMATES[rows[index].type],
    getItemKey: (index) => rows[index].key,
    overscan: 8,
    scrollMargin,
    initialRect: { width: 1024, height: FIRST_RENDER_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    // Read the range afresh: the first render drew the whole first page before the window was
    // measured, and that must not read as "near the end".
    const last = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
    if (hasNextPage && !isFetchingNextPage && !nextPageError && last >= rows.length - PREFETCH_ROWS) fetchNextPage();
  }, [virtualizer, hasNextPage, isFetchingNextPage, nextPageError, lastIndex, rows.length, fetchNextPage]);

  const before = items.length ? items[0].start - scrollMargin : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;

  return (
    <>
      <ol ref={listRef} aria-label="Events, oldest first" style={{ paddingTop: before, paddingBottom: after }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.type === 'event' ? 'pb-3' : undefined}
            >
              <Row row={row} />
            </li>
          );
        })}
      </ol>
      {isFetchingNextPage && (
        <div role="status" aria-label="Loading more events">
          <EventCardSkeleton />
        </div>
      )}
      {nextPageError && (
        <p role="alert" className="mt-3 text-sm">
          The next events could not be loaded.{' '}
          <button
            type="button"
            onClick={fetchNextPage}
            className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300"
          >
            Try again
          </button>
        </p>
      )}
      {!hasNextPage && events.length > 0 && (
        <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">End of the timeline.</p>
      )}
    </>
  );
}
