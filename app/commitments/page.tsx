import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitmentList } from '@/components/commitments/commitment-list';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { TrackerFilters, trackerHref } from '@/components/commitments/tracker-filters';
import { COMMITMENT_STATUSES } from '@/db/enums';
import { listCommitments } from '@/db/queries/commitments';
import { MAX_PAGE_SIZE } from '@/lib/validation/filters';
import { asOfOf } from '@/lib/validation/as-of';
import { lenientCommitmentQuery, toCommitmentCursor, toCommitmentFilters } from '@/lib/validation/commitments-query';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Commitments' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The parties and topics any commitment names, for the filter links: none that would list nothing. */
function choicesOf(items: { parties: { slug: string; name: string }[]; topics: { slug: string; name: string }[] }[]) {
  const unique = (all: { slug: string; name: string }[]) =>
    [...new Map(all.map((item) => [item.slug, item])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    parties: unique(items.flatMap((item) => item.parties)),
    topics: unique(items.flatMap((item) => item.topics)),
  };
}

export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = lenientCommitmentQuery(
    new URLSearchParams(
      Object.entries(params).flatMap(([key, value]) => [value ?? []].flat().map((one) => [key, one])),
    ),
  );
  const asOf = asOfOf(params);
  const [page, all] = await Promise.all([
    listCommitments({ filters: toCommitmentFilters(query), cursor: toCommitmentCursor(query), limit: query.limit }),
    listCommitments({ filters: { asOf: query.asOf }, limit: MAX_PAGE_SIZE }),
  ]);
  const { parties, topics } = choicesOf(all.items);
  const filtered = query.party.length + query.topic.length + query.status.length > 0;
  return (
    <>
      {asOf && <AsOfBanner asOf={asOf} todayHref={trackerHref({ ...query, asOf: undefined })} />}
      <h1 className="text-2xl font-semibold tracking-tight">Commitments</h1>
      <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">
        What the parties undertook at the talks, by when, and whether it happened: each with its reported status, its
        deadline in the venue’s time and the time left.
      </p>
      <div className="mt-4">
        <TrackerFilters query={query} parties={parties} topics={topics} statuses={[...COMMITMENT_STATUSES]} />
      </div>
      <p className="mt-4 text-sm" role="status">
        {page.items.length === 0
          ? 'No commitments match.'
          : `${page.items.length}${page.nextCursor ? '+' : ''} commitment${page.items.length === 1 ? '' : 's'}, soonest deadline first.`}
        {filtered && (
          <>
            {' '}
            <Link
              href={trackerHref({ party: [], topic: [], status: [], asOf: query.asOf })}
              className="underline underline-offset-2"
            >
              Clear the filters
            </Link>
          </>
        )}
      </p>
      <CommitmentList commitments={page.items} label="Commitments" asOf={query.asOf} />
      {page.nextCursor && (
        <p className="mt-4">
          <Link
            href={`${trackerHref(query)}${trackerHref(query).includes('?') ? '&' : '?'}cursor=${page.nextCursor}`}
            className="underline underline-offset-2"
          >
            More commitments
          </Link>
        </p>
      )}
    </>
  );
}
