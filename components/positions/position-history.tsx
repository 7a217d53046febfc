import Link from 'next/link';
import { formatCalendarDay } from '@/lib/time';
import { CitationQuote } from '@/components/directory/citation-quote';
import type { PositionCellDTO, PositionDTO } from '@/db/queries/positions';

function Stated({ position }: { position: PositionDTO }) {
  return (
    <>
      Stated <time dateTime={position.statedOn}>{formatCalendarDay(position.statedOn)}</time>
      {position.statedBy ? (
        <>
          {' '}
          by{' '}
          <Link href={`/people/${position.statedBy.slug}`} className="underline hover:no-underline">
            {position.statedBy.name}
          </Link>
        </>
      ) : null}
      {position.claim ? (
        <>
          {' · on '}
          <Link href={`/events/${position.claim.event.slug}`} className="underline hover:no-underline">
            {position.claim.event.title}
          </Link>
        </>
      ) : null}
    </>
  );
}

/** Stances newest first, each with when and by whom it was stated (and for a claim, in which session) and its sources. */
export function PositionEntries({ positions }: { positions: PositionDTO[] }) {
  return (
    <ol className="mt-2 space-y-3">
      {positions.map((position) => (
        // Stated positions and claims are numbered apart: the basis keeps their keys apart.
        <li key={`${position.basis}-${position.id}`}>
          <p className="font-medium">{position.stance}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <Stated position={position} />
          </p>
          <div className="mt-1 space-y-2">
            {position.citations.map((citation) => (
              <CitationQuote key={citation.id} citation={citation} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * A party's positions, one block per topic (or, on a topic's page, a topic's positions, one
 * block per party): the latest stance with its sources and, when the position moved, what it
 * was before and when.
 */
export function PositionHistory({ cells, by = 'topic' }: { cells: PositionCellDTO[]; by?: 'topic' | 'party' }) {
  if (cells.length === 0) return <p className="text-slate-700 dark:text-slate-300">No positions recorded.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {cells.map(({ [by]: block, latest, earlier, changed }) => (
        <section
          key={block.slug}
          id={`position-${block.slug}`}
          aria-labelledby={`position-${block.slug}-heading`}
          className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <h3
            id={`position-${block.slug}-heading`}
            className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400"
          >
            {block.name}
          </h3>
          <p className="mt-1 text-lg font-semibold">{latest.stance}</p>
          {latest.summary && <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{latest.summary}</p>}
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            <Stated position={latest} />
            {changed ? ' · changed over time' : ''}
          </p>
          <div className="mt-3 space-y-2">
            <h4 className="sr-only">Sources</h4>
            {latest.citations.map((citation) => (
              <CitationQuote key={citation.id} citation={citation} />
            ))}
          </div>
          {earlier.length > 0 && (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium">Earlier positions ({earlier.length})</summary>
              <PositionEntries positions={earlier} />
            </details>
          )}
        </section>
      ))}
    </div>
  );
}
