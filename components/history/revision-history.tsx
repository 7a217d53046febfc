// Who changed a record, when, and what: shown to analysts under an event or a person. Each entry
// lists the fields that changed, with the value before and after; above them, any two versions
// can be compared.
import type { RevisionAction, RevisionEntityType } from '@/db/enums';
import type { RevisionDTO } from '@/db/queries/revisions';
import { changedFields, describeValue } from '@/lib/merge';
import { revisionsForViewer } from '@/lib/revisions';
import { formatWhen } from '@/lib/time';
import { RevisionDiff, type RevisionState } from './revision-diff';

const ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
};
const UNSHOWN = new Set(['version', 'id', 'deletedAt']);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Each revision's resulting state, oldest first, for the comparison. */
function statesOf(revisions: RevisionDTO[]): RevisionState[] {
  return [...revisions].reverse().map((revision) => ({
    id: revision.id,
    label: `${ACTION_LABELS[revision.action]} by ${revision.actorName}, ${formatWhen(revision.at, 'UTC', 'minute')}`,
    state: revision.after === null ? null : asRecord(revision.after),
  }));
}

type Props = { entityType: RevisionEntityType; entityId: number; title?: string };

export async function RevisionHistory({ entityType, entityId, title = 'History' }: Props) {
  const revisions = await revisionsForViewer({ entityType, entityId });
  if (!revisions) return null;
  const headingId = `history-${entityType}-${entityId}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {revisions.length > 1 && <RevisionDiff states={statesOf(revisions)} />}
      <ol className="mt-4 space-y-3">
        {revisions.map((revision) => {
          const before = asRecord(revision.before);
          const after = asRecord(revision.after);
          const fields =
            revision.action === 'update' ? changedFields(before, after).filter((f) => !UNSHOWN.has(f)) : [];
          return (
            <li key={revision.id} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
              <p>
                <strong>{ACTION_LABELS[revision.action]}</strong> by{' '}
                {revision.tokenName === null
                  ? revision.actorName
                  : `${revision.actorName} via token ‘${revision.tokenName}’`}
                , <time dateTime={revision.at}>{formatWhen(revision.at, 'UTC', 'minute')}</time>
                {fields.length > 0 && <span>: {fields.join(', ')}</span>}
              </p>
              {fields.length > 0 && (
                <details className="mt-2">
                  <summary className="cursor-pointer">What changed</summary>
                  <dl className="mt-2 space-y-2">
                    {fields.map((field) => (
                      <div key={field}>
                        <dt className="font-medium">{field}</dt>
                        <dd className="whitespace-pre-wrap">
                          <del className="text-red-800 dark:text-red-300">{describeValue(before[field])}</del>
                          {' → '}
                          <ins className="text-emerald-800 dark:text-emerald-300">{describeValue(after[field])}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
