import Link from 'next/link';
import type { StatusChangeDTO } from '@/db/queries/events';
import { EVENT_STATUS_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';
import { CitationList } from './citation-list';

/** How an agreement's or proposal's status changed, each step dated, claimed and sourced. */
export function StatusHistory({ changes, timeZone }: { changes: StatusChangeDTO[]; timeZone: string }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {changes.map((change) => (
        <li key={change.id}>
          <p className="font-semibold">{EVENT_STATUS_LABELS[change.status]}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={change.effectiveAt}>{formatWhen(change.effectiveAt, timeZone, change.precision)}</time>
            {change.claimedBy && (
              <>
                {' · according to '}
                <Link
                  href={`/parties/${change.claimedBy.slug}`}
                  prefetch={false}
                  className="underline underline-offset-2"
                >
                  {change.claimedBy.name}
                </Link>
              </>
            )}
          </p>
          {change.note && <p className="mt-1 text-sm">{change.note}</p>}
          {change.citations.length > 0 && (
            <div className="mt-2">
              <CitationList citations={change.citations} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
