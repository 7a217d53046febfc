// Says that a page shows the archive as Parley held it at an earlier moment, and leads back to
// today's version: a reader must never take an old state for the current one.
import Link from 'next/link';
import { formatCalendarDay, formatWhen } from '@/lib/time';
import type { AsOf } from '@/lib/validation/as-of';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function AsOfBanner({ asOf, todayHref }: { asOf: AsOf; todayHref: string }) {
  const when = DATE_ONLY.test(asOf.written)
    ? `${formatCalendarDay(asOf.written)} (end of day, UTC)`
    : formatWhen(asOf.instant, 'UTC', 'minute');
  return (
    <p
      role="status"
      data-testid="as-of-banner"
      className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      As recorded on {when} —{' '}
      <Link href={todayHref} className="font-medium underline">
        see today’s version
      </Link>
    </p>
  );
}
