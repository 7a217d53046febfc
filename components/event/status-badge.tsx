import type { EventStatus } from '@/db/enums';
import { EVENT_STATUS_LABELS } from '@/lib/labels';

/** An event's status in a small outlined box, beside its kind badge (on its page and on its timeline card). */
export function StatusBadge({ status }: { status: EventStatus }) {
  return (
    <span className="rounded border border-slate-300 px-1.5 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {EVENT_STATUS_LABELS[status]}
    </span>
  );
}
