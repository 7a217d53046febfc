// The page around a record form: loads the record (or blanks for a new one) and the pick lists.
// Analysts only; the writes behind it check the role again.
import { notFound } from 'next/navigation';
import { pickLists } from '@/db/queries/pick-lists';
import { getRecord, type RecordKind } from '@/db/queries/record-writes';
import { idForKey } from '@/db/queries/references';
import { requirePageRole } from '@/lib/auth/require-page';
import { RevisionHistory } from '@/components/history/revision-history';
import { RecordForm } from './record-form';
import { RECORD_SPECS } from './record-specs';

const TABLE = { party: 'parties', person: 'people', topic: 'topics', location: 'locations', source: 'sources' } as const;

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
export async function RecordEditorPage({ kind, recordKey, path, children }: { kind: RecordKind; recordKey: string | null; path: string; children?: React.ReactNode }) {
  await requirePageRole('analyst', path);
  const spec = RECORD_SPECS[kind];
  let record = null;
  if (recordKey !== null) {
    const id = kind === 'position' ? (/^\d{1,12}$/.test(recordKey) ? Number(recordKey) : null) : await idForKey({ table: TABLE[kind], key: recordKey });
    record = id === null ? null : await getRecord(kind, { id });
    if (!record || record.deletedAt) notFound();
  }
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
        lists={await pickLists()}
        afterSave={AFTER_SAVE[kind]}
      />
      {children}
      {record && <RevisionHistory entityType={spec.title} entityId={id as number} />}
    </>
  );
}
