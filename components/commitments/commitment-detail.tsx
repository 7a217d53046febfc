// One commitment: what was undertaken and by whom, its deadline, where its status stands (the
// reported status beside each party's claim where they differ), the dated and sourced history,
// each party's wording of the terms, and the sources behind it all.
import Link from 'next/link';
import type { ClaimDTO } from '@/db/queries/claims';
import type { CommitmentDTO } from '@/db/queries/commitments';
import { CLAIM_KIND_LABELS, COMMITMENT_STATUS_LABELS } from '@/lib/labels';
import { formatWhen, zoneNotation } from '@/lib/time';
import { PageSection } from '@/components/directory/page-section';
import { Deadline, StatusBadge } from './commitment-list';

const term = 'text-sm font-medium text-slate-600 dark:text-slate-400';
const link = 'underline underline-offset-2 hover:no-underline';

function StatusSideBySide({ commitment }: { commitment: CommitmentDTO }) {
  return (
    <table className="text-sm" aria-label="Reported status and the parties’ claims">
      <thead>
        <tr className="text-left">
          <th scope="col" className="pr-6 pb-1 font-medium">
            According to
          </th>
          <th scope="col" className="pb-1 font-medium">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="pr-6 text-left font-normal">
            Reported
          </th>
          <td>{COMMITMENT_STATUS_LABELS[commitment.status]}</td>
        </tr>
        {commitment.disputed.map((entry) => (
          <tr key={entry.party.slug}>
            <th scope="row" className="pr-6 text-left font-normal">
              {entry.party.name} claims
            </th>
            <td>
              {COMMITMENT_STATUS_LABELS[entry.status]}{' '}
              <span className="text-slate-700 dark:text-slate-300">
                (since {formatWhen(entry.at, commitment.timeZone, 'day')})
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ commitment }: { commitment: CommitmentDTO }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700" aria-label="Status history">
      {commitment.statusHistory.map((change) => (
        <li key={change.id} data-testid="status-change">
          <p className="font-semibold">{COMMITMENT_STATUS_LABELS[change.status]}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={change.at}>{formatWhen(change.at, commitment.timeZone, 'day')}</time>
            {change.claimedBy ? ` · according to ${change.claimedBy.name}` : ' · reported'}
            {change.source && (
              <>
                {' · '}
                {change.source.url ? (
                  <a href={change.source.url} className={link}>
                    {change.source.title}
                  </a>
                ) : (
                  change.source.title
                )}{' '}
                ({change.source.publisher})
              </>
            )}
          </p>
          {change.excerpt && (
            <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 text-sm italic dark:border-slate-600">
              “{change.excerpt}”
            </blockquote>
          )}
          {change.note && <p className="mt-1 text-sm">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}

function Terms({ claims }: { claims: ClaimDTO[] }) {
  const byParty = new Map<string, ClaimDTO[]>();
  for (const claim of claims) byParty.set(claim.party.name, [...(byParty.get(claim.party.name) ?? []), claim]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {[...byParty].map(([party, partyClaims]) => (
        <section key={party} aria-label={`${party}’s terms`}>
          <h3 className="font-semibold">{party}</h3>
          <ul className="mt-2 space-y-2">
            {partyClaims.map((claim) => (
              <li key={claim.slug} className="text-sm">
                <span className="font-medium">{CLAIM_KIND_LABELS[claim.kind]}:</span> “{claim.quote.exact}”{' '}
                <span className="text-slate-700 dark:text-slate-300">— {claim.source.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Who, how many, from which session, from when and until when, in which zone. */
function Facts({ commitment, asOf }: { commitment: CommitmentDTO; asOf?: string }) {
  return (
    <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className={term}>Who commits</dt>
      <dd>
        {commitment.parties.map((party, i) => (
          <span key={party.slug}>
            {i > 0 ? ', ' : ''}
            <Link href={`/parties/${party.slug}`} className={link}>
              {party.name}
            </Link>
          </span>
        ))}
      </dd>
      {commitment.quantity !== null && (
        <>
          <dt className={term}>How many</dt>
          <dd>
            {commitment.quantity.toLocaleString('en-GB')} {commitment.unit}
          </dd>
        </>
      )}
      <dt className={term}>From</dt>
      <dd>
        {commitment.event ? (
          <Link href={`/events/${commitment.event.slug}`} className={link}>
            {commitment.event.title}
          </Link>
        ) : (
          'Not recorded'
        )}
      </dd>
      {commitment.startsAt && (
        <>
          <dt className={term}>From when</dt>
          <dd>
            <time dateTime={commitment.startsAt}>{formatWhen(commitment.startsAt, commitment.timeZone, 'minute')}</time>
            {commitment.durationDays ? `, for ${commitment.durationDays} days` : ''}
          </dd>
        </>
      )}
      <dt className={term}>Deadline</dt>
      <dd>
        <Deadline commitment={commitment} asOf={asOf} />
      </dd>
      <dt className={term}>Time zone</dt>
      <dd>
        {commitment.timeZone}
        {/* The offset of the deadline's (or the start's) moment: a zone's offset changes with the season. */}
        {(commitment.deadlineAt ?? commitment.startsAt) &&
          `: ${zoneNotation((commitment.deadlineAt ?? commitment.startsAt)!, commitment.timeZone)}`}
      </dd>
    </dl>
  );
}

/** Every source behind the history and the terms, once each. */
function SourceList({ commitment }: { commitment: CommitmentDTO }) {
  const sources = new Map(
    [
      ...commitment.statusHistory.flatMap((change) => (change.source ? [change.source] : [])),
      ...commitment.claims.map((claim) => claim.source),
    ].map((source) => [source.slug, source]),
  );
  return (
    <ul className="list-disc space-y-1 pl-5">
      {[...sources.values()].map((source) => (
        <li key={source.slug}>
          {source.url ? (
            <a href={source.url} className={link}>
              {source.title}
            </a>
          ) : (
            source.title
          )}{' '}
          — {source.publisher}
          {source.publishedOn ? `, ${source.publishedOn}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** `asOf`: the instant the commitment is shown as of, its countdown counted from then. */
export function CommitmentDetail({
  commitment,
  actions,
  asOf,
}: {
  commitment: CommitmentDTO;
  actions?: React.ReactNode;
  asOf?: string;
}) {
  return (
    <article aria-labelledby="commitment-title">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/commitments" className={link}>
          Commitments
        </Link>
      </nav>
      <header className="mt-3">
        <StatusBadge status={commitment.status} />
        <h1 id="commitment-title" className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {commitment.text}
        </h1>
        {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
      </header>
      <Facts commitment={commitment} asOf={asOf} />
      <PageSection id="status" title="Where it stands">
        <StatusSideBySide commitment={commitment} />
      </PageSection>
      <PageSection id="history" title="Status history">
        {commitment.statusHistory.length ? <History commitment={commitment} /> : <p>No status recorded yet.</p>}
      </PageSection>
      <PageSection id="terms" title="Terms, in each party’s words">
        {commitment.claims.length ? <Terms claims={commitment.claims} /> : <p>No claims linked as its terms yet.</p>}
      </PageSection>
      <PageSection id="sources" title="Sources">
        <SourceList commitment={commitment} />
      </PageSection>
    </article>
  );
}
