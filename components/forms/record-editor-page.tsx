// The page around a record form: loads the record (or blanks for a new one) and the pick lists.
// Analysts only; the writes behind it check the role again.
import { notFound } from 'next/navigation';
import type { RecordKind } from '@/db/queries/record-writes';
import { requirePageRole } from '@/lib/auth/require-page';
import { recordEditor } from '@/lib/record-editing';
import { RevisionHistory } from '@/components/history/revision-history';
import { RecordForm } from './record-form';
import { RECORD_SPECS } from './record-specs';

/** Where a save leads: the record's own page where there is one, else back to its form. */
const AFTER_SAVE: Record<RecordKind, string> = {
  party: '/parties/{slug}',
  person: '/people/{slug}',
  topic: '/topics/{slug}/edit',
  location: '/locations/{slug}/edit',
  source: '/sources/{slug}/edit',
  position: '/positions',
};

/** `children` follow the form: what else an analyst does with the record (quoting a source's text). */
export async function RecordEditorPage({
  kind,
  recordKey,
  path,
  children,
}: {
  kind: RecordKind;
  recordKey: string | null;
  path: string;
  children?: React.ReactNode;
}) {
  await requirePageRole('analyst', path);
  const spec = RECORD_SPECS[kind];
  const { record, lists } = await recordEditor(kind, recordKey);
  if (recordKey !== null && (!record || record.deletedAt)) notFound();
  const { id, slug, version, deletedAt: _deletedAt, ...content } = (record ?? {}) as Record<string, unknown>;
  const initial = record ? content : spec.blank;
  const title = record ? `Edit ${spec.title}` : `New ${spec.title}`;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {record && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Version {String(version)}</p>}
      <RecordForm
        kind={kind}
        initial={initial}
        target={record ? { id: id as number, version: version as number } : null}
        draftKey={`parley:draft:${kind}:${slug ?? id ?? 'new'}`}
        lists={lists}
        afterSave={AFTER_SAVE[kind]}
      />
      {children}
      {record && <RevisionHistory entityType={kind} entityId={id as number} />}
    </>
  );
}
