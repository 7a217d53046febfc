'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ClaimDTO } from '@/db/queries/claims';
import { topicClaimsQuery, type TopicClaimsFilters } from '@/lib/query/topic-claims';
import { ClaimQuote } from '../claims/claim-quote';

type PartyClaims = { party: ClaimDTO['party']; claims: ClaimDTO[] };

/** Claims per party, parties by name, each party's newest first (the order the API serves them in). */
function byParty(claims: ClaimDTO[]): PartyClaims[] {
  const groups = new Map<string, PartyClaims>();
  for (const claim of claims) {
    const group = groups.get(claim.party.slug) ?? { party: claim.party, claims: [] };
    group.claims.push(claim);
    groups.set(claim.party.slug, group);
  }
  return [...groups.values()].sort((a, b) => a.party.name.localeCompare(b.party.name));
}

const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * "What each side said" about one topic: the parties' own words on it, party by party, newest
 * first, under the same filters as the events beside them where those apply to claims.
 */
export function TopicClaims({ filters, topicName }: { filters: TopicClaimsFilters; topicName: string }) {
  const query = useInfiniteQuery({ ...topicClaimsQuery(filters), placeholderData: keepPreviousData });
  const claims = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const groups = useMemo(() => byParty(claims), [claims]);
  const headingId = `said-${filters.topic}`;
  const narrowed = filters.party.length > 0 || Boolean(filters.from || filters.to || filters.q);

  let body: React.ReactNode;
  if (query.isError && !query.data) {
    body = (
      <div role="alert" className="text-sm">
        <p>The claims could not be loaded: {query.error.message}</p>
        <button type="button" onClick={() => query.refetch()} className={`mt-2 ${button}`}>
          Retry
        </button>
      </div>
    );
  } else if (!query.data) {
    body = (
      <div
        aria-hidden="true"
        className="h-24 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-900"
      />
    );
  } else if (claims.length === 0) {
    body = (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No party’s own words on {topicName} are recorded{narrowed ? ' for these filters' : ' yet'}.
      </p>
    );
  } else {
    body = (
      <div className="space-y-4">
        {groups.map(({ party, claims: said }) => (
          <section key={party.slug} aria-labelledby={`${headingId}-${party.slug}`}>
            <h3 id={`${headingId}-${party.slug}`} className="text-base font-semibold">
              {party.name}
            </h3>
            <ol className="mt-2 space-y-3">
              {said.map((claim) => (
                <li key={claim.id}>
                  <ClaimQuote claim={claim} />
                </li>
              ))}
            </ol>
          </section>
        ))}
        {query.hasNextPage && (
          <button
            type="button"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            className={button}
          >
            {query.isFetchingNextPage ? 'Loading older claims…' : 'Show older claims'}
          </button>
        )}
        {query.isFetchNextPageError && (
          <p role="alert" className="text-sm">
            The older claims could not be loaded. Try again.
          </p>
        )}
      </div>
    );
  }

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={query.isPlaceholderData}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-lg font-semibold text-balance">
        What each side said about {topicName}
      </h2>
      <p className="mt-1 mb-3 text-xs text-slate-700 dark:text-slate-300">
        The parties’ own words, newest first{narrowed ? ', within the filters' : ''}.
      </p>
      {body}
    </section>
  );
}
