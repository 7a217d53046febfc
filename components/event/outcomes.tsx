// What a session ended with: the commitments made there, "no agreement announced", or the talks'
// next meeting, each a structured outcome rather than a line of summary text.
import Link from 'next/link';
import type { CommitmentDTO } from '@/db/queries/commitments';
import type { SessionOutcomeDTO } from '@/db/queries/session-outcomes';
import { SESSION_OUTCOME_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';
import { CommitmentList } from '@/components/commitments/commitment-list';

export function Outcomes({ commitments, outcomes }: { commitments: CommitmentDTO[]; outcomes: SessionOutcomeDTO[] }) {
  if (!commitments.length && !outcomes.length)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No outcomes recorded.</p>;
  return (
    <>
      {outcomes.length > 0 && (
        <ul className="space-y-1" aria-label="Session outcomes">
          {outcomes.map((outcome) => (
            <li key={outcome.kind} className="font-medium">
              {SESSION_OUTCOME_LABELS[outcome.kind]}
              {outcome.followUp && (
                <>
                  {' on '}
                  <Link href={`/events/${outcome.followUp.slug}`} className="underline underline-offset-2">
                    {formatWhen(outcome.followUp.startsAt, outcome.followUp.timeZone, outcome.followUp.precision)}
                  </Link>
                </>
              )}
              {outcome.note && (
                <span className="font-normal text-slate-700 dark:text-slate-300"> — {outcome.note}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {commitments.length > 0 && (
        <CommitmentList commitments={commitments} label="Commitments made at this session" showEvent={false} />
      )}
    </>
  );
}
