import Link from 'next/link';
import { formatCalendarDay } from '@/lib/time';
import type { PositionCellDTO, PositionDTO, PositionMatrixDTO } from '@/db/queries/positions';
import { PositionEntries } from './position-history';

function sourcesHref(cell: PositionCellDTO) {
  return `/parties/${cell.party.slug}#position-${cell.topic.slug}`;
}

/** "The New York Times", or "The New York Times and 2 more": the link to a cell's sources. */
function sourceLabel(cell: PositionCellDTO) {
  const publishers = [...new Set(cell.latest.citations.map((c) => c.source.publisher))];
  if (publishers.length === 0) return 'No source recorded';
  return publishers.length === 1 ? publishers[0] : `${publishers[0]} and ${publishers.length - 1} more`;
}

function ChangedMark({ cell }: { cell: PositionCellDTO }) {
  if (!cell.changed) return null;
  const previous = cell.earlier.find((p) => p.stance !== cell.latest.stance)!;
  return (
    <p className="mt-1 text-xs">
      <span className="rounded-sm bg-amber-100 px-1 font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
        <span aria-hidden="true">↻ </span>Changed
      </span>{' '}
      <span className="text-slate-700 dark:text-slate-300">
        from “{previous.stance}” ({formatCalendarDay(previous.statedOn)})
      </span>
    </p>
  );
}

/** The words behind a stance: the claim's exact quote, or the first excerpt cited for a stated position. */
function QuoteBehind({ position }: { position: PositionDTO }) {
  const words = position.claim?.quote.exact ?? position.citations[0]?.excerpt;
  if (!words || words === position.stance) return null;
  return <blockquote className="mt-1 text-xs text-slate-800 italic dark:text-slate-200">“{words}”</blockquote>;
}

/** Every stance of the cell, newest first, each with the quote and source behind it and, for a claim, its session. */
function CellHistory({ cell }: { cell: PositionCellDTO }) {
  const all = [cell.latest, ...cell.earlier];
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer font-medium text-accent-700 dark:text-accent-300">
        History ({all.length})
        <span className="sr-only">
          {' '}
          of {cell.party.name} on {cell.topic.name}
        </span>
      </summary>
      <PositionEntries positions={all} />
    </details>
  );
}

/** The contents of one cell: the stance in a few words and the quote behind it, when, whether it moved, its sources, and its history. */
function CellBody({ cell }: { cell: PositionCellDTO }) {
  return (
    <>
      <p className="font-medium">{cell.latest.stance}</p>
      <QuoteBehind position={cell.latest} />
      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        <time dateTime={cell.latest.statedOn}>{formatCalendarDay(cell.latest.statedOn)}</time> ·{' '}
        <Link
          href={sourcesHref(cell)}
          className="underline hover:no-underline"
          aria-label={`Sources for ${cell.party.name} on ${cell.topic.name}: ${sourceLabel(cell)}`}
        >
          {sourceLabel(cell)}
        </Link>
      </p>
      <ChangedMark cell={cell} />
      <CellHistory cell={cell} />
    </>
  );
}

type FindCell = (party: string, topic: string) => PositionCellDTO | undefined;

/** Wide screens: one row per party, one column per topic, a dash where a party has said nothing. */
function MatrixTable({ matrix, find }: { matrix: PositionMatrixDTO; find: FindCell }) {
  return (
    <div className="hidden overflow-x-auto md:block" role="region" aria-label="Positions matrix" tabIndex={0}>
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Latest stated position of each party on each topic</caption>
        <thead>
          <tr>
            <th scope="col" className="w-36 border-b border-slate-300 p-2 align-bottom dark:border-slate-700">
              Party
            </th>
            {matrix.topics.map((topic) => (
              <th
                key={topic.slug}
                scope="col"
                className="border-b border-slate-300 p-2 align-bottom dark:border-slate-700"
              >
                {topic.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.parties.map((party) => (
            <tr key={party.slug} className="align-top">
              <th scope="row" className="border-b border-slate-200 p-2 dark:border-slate-800">
                <Link href={`/parties/${party.slug}`} className="hover:underline">
                  {party.name}
                </Link>
              </th>
              {matrix.topics.map((topic) => {
                const cell = find(party.slug, topic.slug);
                return (
                  <td key={topic.slug} className="border-b border-slate-200 p-2 dark:border-slate-800">
                    {cell ? (
                      <CellBody cell={cell} />
                    ) : (
                      <span className="text-slate-500 dark:text-slate-400">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">No position recorded</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Narrow screens: a section per party listing the topics it has a position on. */
function MatrixByParty({ matrix, find }: { matrix: PositionMatrixDTO; find: FindCell }) {
  return (
    <div className="space-y-4 md:hidden">
      {matrix.parties.map((party) => (
        <section
          key={party.slug}
          aria-labelledby={`positions-${party.slug}`}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <h2 id={`positions-${party.slug}`} className="text-lg font-semibold">
            <Link href={`/parties/${party.slug}`} className="hover:underline">
              {party.name}
            </Link>
          </h2>
          <dl className="mt-2 space-y-3">
            {matrix.topics.map((topic) => {
              const cell = find(party.slug, topic.slug);
              if (!cell) return null;
              return (
                <div key={topic.slug}>
                  <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    {topic.name}
                  </dt>
                  <dd>
                    <CellBody cell={cell} />
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}

/**
 * Parties down, topics across. Wide screens get a table; narrow ones a list per party, since a
 * table of sentences cannot be read at 360 px.
 */
export function PositionMatrix({ matrix }: { matrix: PositionMatrixDTO }) {
  const cellFor = new Map(matrix.cells.map((cell) => [`${cell.party.slug}\u0000${cell.topic.slug}`, cell]));
  const find: FindCell = (party, topic) => cellFor.get(`${party}\u0000${topic}`);
  if (matrix.cells.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">No positions recorded yet.</p>;
  return (
    <>
      <MatrixTable matrix={matrix} find={find} />

      <MatrixByParty matrix={matrix} find={find} />
    </>
  );
}
