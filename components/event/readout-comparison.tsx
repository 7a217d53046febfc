// How the parties' own accounts of a session compare: a real table where there is room and on
// paper, and on a phone the same markup restyled (globals.css, .readout-table) as one block per
// point with a heading per party. A session with one readout shows that readout's claims as a
// plain list; a session with none shows nothing.
import Link from 'next/link';
import type { EventReadoutsDTO, ReadoutDTO } from '@/db/queries/readouts';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import { compareReadouts, UNMATCHED_LABEL, type ComparedClaim, type ComparisonCell } from '@/lib/readout-comparison';

const link = 'underline underline-offset-2';
const muted = 'text-slate-600 dark:text-slate-400';

function SourceLink({ source }: { source: ComparedClaim['source'] }) {
  return source.url ? (
    <a href={source.url} rel="noopener noreferrer" className={link}>
      <cite>{source.title}</cite>
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
}

/** One claim: the exact words, then who said it, what kind of claim it is when not a plain assertion, and its source. */
function QuotedClaim({ claim }: { claim: ComparedClaim }) {
  return (
    <figure>
      <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-200">
        <p>“{claim.quote.exact}”</p>
      </blockquote>
      {claim.text !== claim.quote.exact && <p className={`mt-1 text-sm ${muted}`}>In other words: {claim.text}</p>}
      <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {claim.person && (
          <>
            <Link href={`/people/${claim.person.slug}`} prefetch={false} className={link}>
              {claim.person.name}
            </Link>
            {' · '}
          </>
        )}
        {claim.kind !== 'assertion' && (
          <>
            <span className="font-medium">{CLAIM_KIND_LABELS[claim.kind]}</span>
            {' · '}
          </>
        )}
        <SourceLink source={claim.source} />
      </figcaption>
    </figure>
  );
}

function QuotedClaims({ claims, className }: { claims: ComparedClaim[]; className: string }) {
  return (
    <ul className={className}>
      {claims.map((claim) => (
        <li key={claim.id}>
          <QuotedClaim claim={claim} />
        </li>
      ))}
    </ul>
  );
}

/** In the final group a party with nothing said only by it gets an empty cell, which the stacked layout leaves out. */
function Cell({ cell, emptyWhenNone = false }: { cell: ComparisonCell; emptyWhenNone?: boolean }) {
  if (emptyWhenNone && cell.claims.length === 0) return <td />;
  return (
    <td>
      {/* Shown only where the table is stacked and its column headings are gone. */}
      <span className="readout-party">{cell.party.name}</span>
      {cell.claims.length ? (
        <QuotedClaims claims={cell.claims} className="space-y-3" />
      ) : (
        <p className={`italic ${muted}`}>{cell.omitted ? 'Not mentioned' : 'No claim recorded'}</p>
      )}
    </td>
  );
}

function ReadoutSources({ readouts }: { readouts: ReadoutDTO[] }) {
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {readouts.map((readout) => (
        <li key={readout.source.slug}>
          <span className="font-medium">{readout.party.name}:</span> <SourceLink source={readout.source} />,{' '}
          {readout.source.publisher}
        </li>
      ))}
    </ul>
  );
}

export function ReadoutExportLinks({ eventSlug }: { eventSlug: string }) {
  const base = `/api/events/${eventSlug}/readouts?format=`;
  return (
    <p className="mt-4 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className={muted}>Download this comparison:</span>
      <a href={`${base}csv`} download className={link}>
        CSV<span className="sr-only"> (spreadsheet, one row per party on each point)</span>
      </a>
      <a href={`${base}json`} download className={link}>
        JSON<span className="sr-only"> (the API’s shape)</span>
      </a>
    </p>
  );
}

function ComparisonTable({ data }: { data: EventReadoutsDTO }) {
  const { parties, rows, unmatched } = compareReadouts(data);
  return (
    <table className="readout-table">
      <caption className="sr-only">Each party’s account of {data.event.title}, point by point</caption>
      <thead>
        <tr>
          <th scope="col">Point</th>
          <th scope="col">How the accounts align</th>
          {parties.map((party) => (
            <th key={party.slug} scope="col">
              {party.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug}>
            <th scope="row">{row.label}</th>
            <td>
              <ul className="readout-labels">
                {row.labels.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </td>
            {row.cells.map((cell) => (
              <Cell key={cell.party.slug} cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
      {unmatched && (
        <tbody>
          <tr>
            <th scope="row">{UNMATCHED_LABEL}</th>
            <td>
              <span className="sr-only">Not grouped into a point</span>
            </td>
            {unmatched.map((cell) => (
              <Cell key={cell.party.slug} cell={cell} emptyWhenNone />
            ))}
          </tr>
        </tbody>
      )}
    </table>
  );
}

function SingleReadout({ readout }: { readout: ReadoutDTO }) {
  return readout.claims.length ? (
    <QuotedClaims claims={readout.claims} className="mt-3 space-y-4" />
  ) : (
    <p className={`mt-3 ${muted}`}>No claims recorded from this readout yet.</p>
  );
}

/** The readouts of a session, compared when there are two or more; null when there are none. */
export function ReadoutComparison({ data }: { data: EventReadoutsDTO }) {
  const [first, ...others] = data.readouts;
  if (!first) return null;
  return (
    <div>
      <p className={muted}>
        {others.length
          ? 'Each party’s own account of the session, point by point, from their readouts:'
          : 'One party has published its account of the session:'}
      </p>
      <ReadoutSources readouts={data.readouts} />
      <div className="mt-4">{others.length ? <ComparisonTable data={data} /> : <SingleReadout readout={first} />}</div>
      <ReadoutExportLinks eventSlug={data.event.slug} />
    </div>
  );
}

/** The section's heading: a comparison only where two accounts exist to compare. */
export function readoutsHeading(data: EventReadoutsDTO): string {
  return data.readouts.length > 1 ? 'Readouts compared' : data.readouts.length === 1 ? 'Readout' : 'Readouts';
}
