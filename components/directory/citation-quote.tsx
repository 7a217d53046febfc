import type { CitationDTO } from '@/db/queries/event-dto';
import { ATTRIBUTION_LABELS, CONFIDENCE_LABELS } from '@/lib/labels';
import { formatCalendarDay } from '@/lib/time';

/** An excerpt with who said it, how it is attributed, and the source it comes from. */
export function CitationQuote({ citation, showSpeaker = true }: { citation: CitationDTO; showSpeaker?: boolean }) {
  const { source } = citation;
  return (
    <figure className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
      <blockquote className="text-sm text-slate-800 dark:text-slate-200">{citation.excerpt}</blockquote>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {showSpeaker && citation.attributedTo ? `${citation.attributedTo.name}, ` : ''}
        {ATTRIBUTION_LABELS[citation.attribution].toLowerCase()} ·{' '}
        {CONFIDENCE_LABELS[citation.confidence].toLowerCase()} ·{' '}
        <cite>
          {source.url ? (
            <a href={source.url} className="underline hover:no-underline">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </cite>
        , {source.publisher}
        {source.publishedOn ? `, ${formatCalendarDay(source.publishedOn)}` : ''}
        {citation.note ? ` — ${citation.note}` : ''}
      </figcaption>
    </figure>
  );
}
