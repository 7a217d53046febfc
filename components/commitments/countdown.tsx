'use client';
// The time left to a deadline, computed in the reader's browser from the deadline's instant (a
// cached page's server render would be stale) and turned again exactly when the words change.
// On a page as of an earlier moment it counts from that moment (`at`) and stands still: the
// reader sees the time that was left then, beside the status then.
import { useEffect, useState } from 'react';
import { countdown } from '@/lib/countdown';

/** Browsers fire a longer timeout at once; a far deadline is checked again after this. */
const MAX_TIMEOUT = 2_147_483_647;

export function Countdown({ deadlineAt, open, at }: { deadlineAt: string; open: boolean; at?: string }) {
  const [clock, setNow] = useState<number | null>(null);
  const now = at ? Date.parse(at) : clock;
  useEffect(() => {
    if (at) return;
    const current = Date.now();
    // Reading the clock after hydration is what this leaf is for: the server's render has no reader's now.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (now === null) return setNow(current);
    const next = countdown({ deadlineAt, now, open }).nextChange;
    if (next === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(Math.max(next - current, 0), MAX_TIMEOUT));
    return () => clearTimeout(timer);
  }, [deadlineAt, open, now, at]);
  if (now === null) return <span data-testid="countdown" />;
  const { label, state } = countdown({ deadlineAt, now, open });
  const tone =
    state === 'overdue' ? 'font-semibold text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300';
  return (
    <span data-testid="countdown" data-state={state} className={tone}>
      {label}
    </span>
  );
}
