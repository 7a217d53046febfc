import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { VenueMap, venueOf } from '@/components/map/venue-map';
import { Story } from '@/components/story/story';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { FilteredVenues } from '@/components/timeline/filtered-venues';
import { Timeline } from '@/components/timeline/timeline';
import { TimelineDeadlines } from '@/components/timeline/timeline-deadlines';
import { TimelineProviders } from '@/components/timeline/timeline-providers';
import { ViewTitle } from '@/components/timeline/view-title';
import { ReferenceNotFoundError } from '@/db/errors';
import { listClaims } from '@/db/queries/claims';
import { upcomingDeadlines } from '@/db/queries/commitments';
import { listLocations } from '@/db/queries/directory';
import { getEventBins } from '@/db/queries/event-bins';
import { listEvents, type EventPage } from '@/db/queries/events';
import { namesForSlugs } from '@/db/queries/references';
import { getStory } from '@/db/queries/story';
import { INITIAL_AXIS_BINS } from '@/lib/axis';
import { getQueryClient } from '@/lib/query/client';
import { eventBinsQuery } from '@/lib/query/event-bins';
import { DEADLINES_SHOWN, deadlineFilters, deadlinesQuery, deadlinesSince } from '@/lib/query/deadlines';
import { TIMELINE_PAGE_SIZE, timelineQuery } from '@/lib/query/timeline';
import { TOPIC_CLAIMS_PAGE_SIZE, topicClaimsFilters, topicClaimsQuery } from '@/lib/query/topic-claims';
import {
  filtersToSearchParams,
  normalizeFilters,
  sameFilters,
  searchParamsToFilters,
  type TimelineFilters,
} from '@/lib/query/timeline-filters';
import { filterWords } from '@/lib/filter-words';
import { timelineTitle } from '@/lib/filter-phrase';
import { PREVIEW_SIZE } from '@/lib/og/preview-size';
import { asOfOf } from '@/lib/validation/as-of';
import { lenientEventQuery, toEventFilters } from '@/lib/validation/filters';
import { viewQuery } from '@/lib/timeline-view';

type Params = Promise<{ view: string }>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a URL asks for, keeping only values the server accepts. */
function validFilters(params: URLSearchParams): TimelineFilters {
  const query = lenientEventQuery(params);
  return normalizeFilters({
    party: query.party,
    partyMatch: query.partyMatch,
    topic: query.topic,
    person: query.person,
    personMatch: query.personMatch,
    location: query.location,
    kind: query.kind,
    from: query.from && DATE_ONLY.test(query.from) ? query.from : null,
    to: query.to && DATE_ONLY.test(query.to) ? query.to : null,
    q: query.q,
    // Kept as the reader wrote it (a date stays a date); the schema has checked it.
    asOf: query.asOf ? params.get('asOf') : null,
  });
}

const viewUrl = (filters: TimelineFilters) => `/?${filtersToSearchParams(filters)}`.replace(/\?$/, '');

/**
 * Renders the first page on the server, into the same React Query cache the browser then takes
 * over. The counts are not awaited here: on a large archive they cost more than
 * the page itself, so the browser asks for them while the reader already reads the events.
 * Awaited rather than streamed behind a Suspense fallback, so that the HTML holds the events
 * even for a reader without scripts. A URL with values the timeline cannot show (a malformed
 * date, an unknown party) is redirected to the view without them, so the address always says
 * what is shown.
 */
async function PrefetchedTimeline({ params }: { params: URLSearchParams }) {
  const filters = validFilters(params);
  if (!sameFilters(filters, searchParamsToFilters(params))) redirect(viewUrl(filters));

  const dbFilters = toEventFilters(lenientEventQuery(filtersToSearchParams(filters)));
  let firstPage: EventPage;
  try {
    firstPage = await listEvents({ filters: dbFilters, limit: TIMELINE_PAGE_SIZE });
  } catch (error) {
    if (!(error instanceof ReferenceNotFoundError)) throw error;
    const field = error.field as 'party' | 'topic' | 'person' | 'location';
    redirect(viewUrl({ ...filters, [field]: filters[field].filter((slug) => slug !== error.slug) }));
  }

  const queryClient = getQueryClient();
  await queryClient.prefetchInfiniteQuery({ ...timelineQuery(filters), queryFn: () => firstPage });
  // The time axis is drawn in the HTML (counted in SQL, kept until the data changes), so it takes
  // its place at once instead of pushing the events down when it arrives.
  await queryClient.prefetchQuery({
    ...eventBinsQuery(filters, null, INITIAL_AXIS_BINS),
    queryFn: () => getEventBins({ filters: { ...dbFilters, from: undefined, to: undefined }, bins: INITIAL_AXIS_BINS }),
  });
  // Rendered once per data version (the page cache): which deadlines show moves on with each
  // write; the countdowns are live in the browser.
  const { party, topic } = deadlineFilters(filters);
  await queryClient.prefetchQuery({
    ...deadlinesQuery({ party, topic }),
    queryFn: () => upcomingDeadlines({ since: deadlinesSince(), limit: DEADLINES_SHOWN, party, topic }),
  });
  // What each side said about a chosen topic is asked for only when a topic is chosen: the
  // unfiltered timeline, the one most read, costs nothing more.
  await Promise.all(
    filters.topic.map((topic) => {
      const claimFilters = topicClaimsFilters(filters, topic);
      const { party, from, to, q, asOf } = dbFilters;
      return queryClient.prefetchInfiniteQuery({
        ...topicClaimsQuery(claimFilters),
        queryFn: () =>
          listClaims({
            filters: { topic: [topic], party, from, to, q, asOf },
            order: 'newest',
            limit: TOPIC_CLAIMS_PAGE_SIZE,
          }),
      });
    }),
  );
  const topicNames = filters.topic.length
    ? Object.fromEntries(await namesForSlugs({ table: 'topics', slugs: filters.topic }))
    : {};
  const venues = (await listLocations())
    .filter((location) => location.eventCount > 0)
    .flatMap((location) => venueOf(location, location.eventCount));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ViewTitle />
      {/* Today's deadlines: an archive read as of an earlier moment shows only what was held then. */}
      {!filters.asOf && <TimelineDeadlines />}
      <Timeline
        topicNames={topicNames}
        map={
          <FilteredVenues>
            <VenueMap venues={venues} title="Map of the venues" />
          </FilteredVenues>
        }
      />
    </HydrationBoundary>
  );
}

// The timeline at `/`: proxy.ts hands each address's query here as `view`, so that every view is
// a page of its own that is rendered once and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const query = viewQuery((await params).view);
  // A shared view is named for its filters, so a tab, a bookmark and a link preview say what it shows.
  const words = query ? await filterWords(lenientEventQuery(new URLSearchParams(query))) : '';
  const title = timelineTitle(words);
  // The page is also reachable at its internal path; the address readers share is the canonical one.
  const image = { url: `/og/timeline${query ? `?${query}` : ''}`, ...PREVIEW_SIZE, alt: `Parley: ${title}` };
  return {
    title,
    openGraph: { title, siteName: 'Parley', images: [image] },
    alternates: { canonical: query ? `/?${query}` : '/' },
  };
}

export default async function TimelinePage({ params }: { params: Params }) {
  const query = viewQuery((await params).view);
  const asOf = asOfOf(new URLSearchParams(query));
  return (
    <>
      {asOf ? (
        <AsOfBanner asOf={asOf} todayHref={viewUrl({ ...validFilters(new URLSearchParams(query)), asOf: null })} />
      ) : null}
      <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Sessions, agreements, proposals, statements and incidents of the talks, each sourced.
      </p>
      <TimelineProviders query={query}>
        {/* Read for every view: the gate inside shows it whenever the reader clears the filters; today's story only. */}
        {!asOf && <Story story={getStory()} />}
        <PrefetchedTimeline params={new URLSearchParams(query)} />
      </TimelineProviders>
    </>
  );
}
