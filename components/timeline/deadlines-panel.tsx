// The commitments' deadlines as dated entries beside the timeline: the next few to come due (and
// those passed in the last month), each with its countdown, so what is still open is in view.
import Link from 'next/link';
import type { CommitmentDTO } from '@/db/queries/commitments';
import { isOpen } from '@/lib/countdown';
import { formatShortDay } from '@/lib/time';
import { Countdown } from '@/components/commitments/countdown';

export function DeadlinesPanel({ deadlines }: { deadlines: CommitmentDTO[] }) {
  if (!deadlines.length) return null;
  return (
    <aside
      aria-labelledby="deadlines-heading"
      className="mt-4 rounded-md border border-slate-300 p-3 dark:border-slate-700"
    >
      <h2 id="deadlines-heading" className="text-base font-semibold">
        Deadlines
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {deadlines.map((commitment) => (
          <li key={commitment.slug} className="flex flex-wrap gap-x-2">
            <time dateTime={commitment.deadlineAt!} className="font-medium tabular-nums">
              {formatShortDay(commitment.deadlineAt!, commitment.timeZone)}
            </time>
            <Link
              href={`/commitments/${commitment.slug}`}
              prefetch={false}
              className="underline underline-offset-2 hover:no-underline"
            >
              {commitment.text}
            </Link>
            <Countdown deadlineAt={commitment.deadlineAt!} open={isOpen(commitment)} />
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm">
        <Link href="/commitments" className="underline underline-offset-2 hover:no-underline">
          Every commitment
        </Link>
      </p>
    </aside>
  );
}
