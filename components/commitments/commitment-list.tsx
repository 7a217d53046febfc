// Commitments as the tracker, a session's outcomes and a party's page list them: what, who, the
// reported status and, where there is one, the deadline in the venue's zone with its countdown.
import Link from 'next/link';
import type { CommitmentDTO } from '@/db/queries/commitments';
import { COMMITMENT_STATUS_LABELS } from '@/lib/labels';
import { isOpen } from '@/lib/countdown';
import { formatWhen } from '@/lib/time';
import { Countdown } from './countdown';

const link = 'underline underline-offset-2 hover:no-underline';
const badge =
  'rounded border border-slate-400 px-1.5 text-xs font-medium text-slate-800 dark:border-slate-500 dark:text-slate-200';

export function StatusBadge({ status }: { status: CommitmentDTO['status'] }) {
  return <span className={badge}>{COMMITMENT_STATUS_LABELS[status]}</span>;
}

/** `asOf`: the instant a page as of an earlier moment shows, from which the countdown counts. */
export function Deadline({
  commitment,
  asOf,
}: {
  commitment: Pick<CommitmentDTO, 'deadlineAt' | 'timeZone' | 'status' | 'durationDays'>;
  asOf?: string;
}) {
  if (!commitment.deadlineAt) return <span className="text-slate-700 dark:text-slate-300">No deadline</span>;
  return (
    <span>
      {commitment.durationDays ? 'Runs to' : 'Due'}{' '}
      <time dateTime={commitment.deadlineAt}>{formatWhen(commitment.deadlineAt, commitment.timeZone, 'minute')}</time> ·{' '}
      <Countdown deadlineAt={commitment.deadlineAt} open={isOpen(commitment)} at={asOf} />
      {asOf && ' then'}
    </span>
  );
}

function Names({ items, base }: { items: { slug: string; name: string }[]; base: string }) {
  return items.map((item, i) => (
    <span key={item.slug}>
      {i > 0 ? ', ' : ''}
      <Link href={`${base}${item.slug}`} prefetch={false} className={link}>
        {item.name}
      </Link>
    </span>
  ));
}

export function CommitmentList({
  commitments,
  label,
  showEvent = true,
  asOf,
}: {
  commitments: CommitmentDTO[];
  label: string;
  showEvent?: boolean;
  asOf?: string;
}) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-700">
      {commitments.map((commitment) => (
        <li key={commitment.slug} className="py-3" data-testid="commitment">
          <p className="flex flex-wrap items-center gap-2">
            <StatusBadge status={commitment.status} />
            <Link href={`/commitments/${commitment.slug}`} prefetch={false} className={`font-medium ${link}`}>
              {commitment.text}
            </Link>
          </p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            <Names items={commitment.parties} base="/parties/" />
            {commitment.quantity !== null &&
              ` · ${commitment.quantity.toLocaleString('en-GB')}${commitment.unit ? ` ${commitment.unit}` : ''}`}
            {showEvent && commitment.event && (
              <>
                {' · from '}
                <Link href={`/events/${commitment.event.slug}`} prefetch={false} className={link}>
                  {commitment.event.title}
                </Link>
              </>
            )}
          </p>
          <p className="mt-1 text-sm">
            <Deadline commitment={commitment} asOf={asOf} />
          </p>
        </li>
      ))}
    </ul>
  );
}
