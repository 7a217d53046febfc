// What changed in a window, as /changes shows it: each record added, changed (field by field,
// old → new) or removed, with who made each change and when.
import Link from 'next/link';
import type { ChangeDTO } from '@/db/queries/changes';
import { describeValue } from '@/lib/merge';
import { formatWhen } from '@/lib/time';

const CHANGE_LABELS: Record<ChangeDTO['change'], string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
};
const ACTION_LABELS = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
} as const;

const TYPE_LABELS: Record<ChangeDTO['type'], string> = { event: 'Event', claim: 'Claim', commitment: 'Commitment' };
const PAGES: Partial<Record<ChangeDTO['type'], string>> = { event: '/events/', commitment: '/commitments/' };

function RecordName({ change }: { change: ChangeDTO }) {
  const label = `${TYPE_LABELS[change.type]}: ${change.title}`;
  const page = PAGES[change.type];
  if (!page) return <span>{label}</span>;
  // A removed record's page is gone; what it was is still linked to, as of just before.
  const href =
    change.change === 'removed'
      ? `${page}${change.slug}?asOf=${new Date(Date.parse(change.at) - 1).toISOString()}`
      : `${page}${change.slug}`;
  return (
    <Link href={href} className="underline underline-offset-2">
      {label}
    </Link>
  );
}

export function ChangeList({ changes }: { changes: ChangeDTO[] }) {
  if (changes.length === 0)
    return (
      <p className="mt-4 text-slate-700 dark:text-slate-300">Nothing was added, changed or removed in this window.</p>
    );
  return (
    <ol className="mt-4 space-y-3" data-testid="change-list">
      {changes.map((change) => (
        <li
          key={`${change.type}-${change.id}`}
          data-change={change.change}
          className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
        >
          <p>
            <strong>{CHANGE_LABELS[change.change]}</strong> <RecordName change={change} />
          </p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {change.revisions.map((r, i) => (
              <span key={`${r.at}-${i}`}>
                {i > 0 ? '; ' : ''}
                {ACTION_LABELS[r.action]} by {r.actorName},{' '}
                <time dateTime={r.at}>{formatWhen(r.at, 'UTC', 'minute')}</time>
              </span>
            ))}
          </p>
          {change.fields.length > 0 && (
            <dl className="mt-2 space-y-1">
              {change.fields.map((f) => (
                <div key={f.field}>
                  <dt className="font-medium">{f.field}</dt>
                  <dd className="whitespace-pre-wrap">
                    <del className="text-red-800 dark:text-red-300">{describeValue(f.before)}</del>
                    {' → '}
                    <ins className="text-emerald-800 dark:text-emerald-300">{describeValue(f.after)}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
