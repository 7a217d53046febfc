import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { Timeline } from '@/components/timeline/timeline';
import { TimelineProviders } from '@/components/timeline/timeline-providers';
import { ReferenceNotFoundError } from '@/db/errors';
import { listClaims } from '@/db/queries/claims';
import { listEvents, type EventPage } from '@/db/queries/events';
import { namesForSlugs } from '@/db/queries/references';
import { getQueryClient } from '@/lib/query/client';
import { TIMELINE_PAGE_SIZE, timelineQuery } from '@/lib/query/timeline';
import { TOPIC_CLAIMS_PAGE_SIZE, topicClaimsFilters, topicClaimsQuery } from '@/lib/query/topic-claims';
import { filtersToSearchParams, normalizeFilters, sameFilters, searchParamsToFilters, type TimelineFilters } from '@/lib/query/timeline-filters';
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
    topic: query.topic,
    person: query.person,
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
 * over. The counts and the chart are not awaited here: on a large archive they cost more than
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
    const field = error.field as 'party' | 'topic' | 'person';
    redirect(viewUrl({ ...filters, [field]: filters[field].filter((slug) => slug !== error.slug) }));
  }

  const queryClient = getQueryClient();
  await queryClient.prefetchInfiniteQuery({ ...timelineQuery(filters), queryFn: () => firstPage });
  // What each side said about a chosen topic is asked for only when a topic is chosen: the
  // unfiltered timeline, the one most read, costs nothing more.
  await Promise.all(
    filters.topic.map((topic) => {
      const claimFilters = topicClaimsFilters(filters, topic);
      const { party, from, to, q, asOf } = dbFilters;
      return queryClient.prefetchInfiniteQuery({
        ...topicClaimsQuery(claimFilters),
        queryFn: () =>
          listClaims({ filters: { topic: [topic], party, from, to, q, asOf }, order: 'newest', limit: TOPIC_CLAIMS_PAGE_SIZE }),
      });
    }),
  );
  const topicNames = filters.topic.length ? Object.fromEntries(await namesForSlugs({ table: 'topics', slugs: filters.topic })) : {};
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Timeline topicNames={topicNames} />
    </HydrationBoundary>
  );
}

// The timeline at `/`: proxy.ts hands each address's query here as `view`, so that every view is
// a page of its own that is rendered once and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const query = viewQuery((await params).view);
  // The page is also reachable at its internal path; the address readers share is the canonical one.
  return { title: 'Timeline', alternates: { canonical: query ? `/?${query}` : '/' } };
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
      <p className="mt-1 text-slate-700 dark:text-slate-300">Sessions, agreements, proposals, statements and incidents of the talks, each sourced.</p>
      <TimelineProviders query={query}>
        <PrefetchedTimeline params={new URLSearchParams(query)} />
      </TimelineProviders>
    </>
  );
}
