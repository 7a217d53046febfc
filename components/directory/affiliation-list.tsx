import Link from 'next/link';
import type { AffiliationDetailDTO } from '@/db/queries/people';
import { formatSpan } from '@/lib/time';
import { CitationQuote } from './citation-quote';

/** A person's titles over time, newest first, each with its dates and the source for it. */
export function AffiliationList({
  affiliations,
  currentId,
}: {
  affiliations: AffiliationDetailDTO[];
  currentId: number | null;
}) {
  if (affiliations.length === 0) return <p className="text-slate-700 dark:text-slate-300">No titles recorded.</p>;
  return (
    <ol className="space-y-4">
      {affiliations.map((affiliation) => (
        <li key={affiliation.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="font-medium">
            {affiliation.title}
            {affiliation.id === currentId && (
              <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100">
                Current
              </span>
            )}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <Link href={`/parties/${affiliation.partySlug}`} className="underline hover:no-underline">
              {affiliation.partyName}
            </Link>{' '}
            · {formatSpan(affiliation.validFrom, affiliation.validTo)}
          </p>
          {affiliation.citations.length > 0 && (
            <div className="mt-2 space-y-2">
              {affiliation.citations.map((citation) => (
                <CitationQuote key={citation.id} citation={citation} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
