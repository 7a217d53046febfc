// What a commitment's deadline says at a given moment: "12 days left", "ended 3 days ago",
// "overdue". Counted in elapsed time from the deadline's instant, so every reader, in whatever
// zone, sees the same words turn at the same moment; `nextChange` says when they next turn.
import { CLOSED_STATUSES } from '@/db/commitment-status';
import type { CommitmentStatus } from '@/db/enums';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Countdown = { label: string; state: 'left' | 'overdue' | 'ended'; nextChange: number | null };

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Before the deadline: whole days, then whole hours, then minutes rounded up so that
 * "1 minute left" lasts to the instant.
 */
function left(remaining: number, deadline: number): Countdown {
  if (remaining >= HOUR) {
    const unit = remaining >= DAY ? DAY : HOUR;
    const n = Math.floor(remaining / unit);
    return {
      label: `${plural(n, unit === DAY ? 'day' : 'hour')} left`,
      state: 'left',
      nextChange: deadline - n * unit + 1,
    };
  }
  const n = Math.ceil(remaining / MINUTE);
  return { label: `${plural(n, 'minute')} left`, state: 'left', nextChange: deadline - (n - 1) * MINUTE };
}

function ago(elapsed: number, deadline: number): Countdown {
  if (elapsed < HOUR) return { label: 'ended just now', state: 'ended', nextChange: deadline + HOUR };
  const unit = elapsed >= DAY ? DAY : HOUR;
  const n = Math.floor(elapsed / unit);
  return {
    label: `ended ${plural(n, unit === DAY ? 'day' : 'hour')} ago`,
    state: 'ended',
    nextChange: deadline + (n + 1) * unit,
  };
}

/**
 * `open`: the commitment is still to be kept (not implemented, violated, lapsed or withdrawn)
 * and its deadline is a due date, not the end of a term such as a 30-day moratorium: past it,
 * it is overdue rather than ended.
 */
export function countdown({ deadlineAt, now, open }: { deadlineAt: string; now: number; open: boolean }): Countdown {
  const deadline = Date.parse(deadlineAt);
  if (now < deadline) return left(deadline - now, deadline);
  if (open) return { label: 'overdue', state: 'overdue', nextChange: null };
  return ago(now - deadline, deadline);
}

/** Still to be kept, and due by its deadline rather than ended by it (a 30-day moratorium ends). */
export function isOpen(commitment: { status: CommitmentStatus; durationDays: number | null }): boolean {
  return commitment.durationDays === null && !CLOSED_STATUSES.includes(commitment.status);
}
