import Link from 'next/link';
import type { CitationDTO } from '@/db/queries/event-dto';
import { ATTRIBUTION_LABELS, CONFIDENCE_LABELS, RELIABILITY_LABELS } from '@/lib/labels';
import { formatCalendarDay } from '@/lib/time';

/** Each citation: the quoted excerpt, who it is attributed to, how confident, and its source. */
export function CitationList({ citations }: { citations: CitationDTO[] }) {
  if (citations.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No citations recorded.</p>;
  return (
    <ol className="space-y-4">
      {citations.map((citation) => (
        <li key={citation.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <figure>
            <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 italic dark:border-slate-600 dark:text-slate-200">
              <p>“{citation.excerpt}”</p>
            </blockquote>
            <figcaption className="mt-3 space-y-1 text-sm text-slate-700 dark:text-slate-300">
              <p>
                <span className="font-medium">{ATTRIBUTION_LABELS[citation.attribution]}</span>
                {citation.attributedTo && (
                  <>
                    {': '}
                    <Link
                      href={`/people/${citation.attributedTo.slug}`}
                      prefetch={false}
                      className="underline underline-offset-2"
                    >
                      {citation.attributedTo.name}
                    </Link>
                  </>
                )}
                {' · '}
                {CONFIDENCE_LABELS[citation.confidence]}
              </p>
              <p>
                Source:{' '}
                {citation.source.url ? (
                  <a href={citation.source.url} rel="noopener noreferrer" className="underline underline-offset-2">
                    <cite>{citation.source.title}</cite>
                  </a>
                ) : (
                  <cite>{citation.source.title}</cite>
                )}
                , {citation.source.publisher}
                {citation.source.publishedOn && (
                  <>
                    ,{' '}
                    <time dateTime={citation.source.publishedOn}>{formatCalendarDay(citation.source.publishedOn)}</time>
                  </>
                )}{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  ({RELIABILITY_LABELS[citation.source.reliability].toLowerCase()})
                </span>
              </p>
              {citation.note && <p className="text-slate-600 dark:text-slate-400">{citation.note}</p>}
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}
