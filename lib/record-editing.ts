// A record as its form edits it, found by the key its URL names. The editor pages and the
// event form's "add a title" both start here, so a record is looked up one way.
import { pickLists, type PickLists } from '@/db/queries/pick-lists';
import { getRecord, type RecordKind, type SavedRecord } from '@/db/queries/record-writes';
import { idForKey, type SluggedTable } from '@/db/queries/references';

const TABLE: Record<Exclude<RecordKind, 'position'>, SluggedTable> = {
  party: 'parties',
  person: 'people',
  topic: 'topics',
  location: 'locations',
  source: 'sources',
};

/** By slug or id; a position has no slug, so only its id names it. Tombstones are found too. */
export async function findRecord<K extends RecordKind>(kind: K, key: string): Promise<SavedRecord<K> | null> {
  if (kind === 'position') return /^\d{1,12}$/.test(key) ? getRecord(kind, { id: Number(key) }) : null;
  const id = await idForKey({ table: TABLE[kind as Exclude<RecordKind, 'position'>], key });
  return id === null ? null : getRecord(kind, { id });
}

/** What a record's editor page shows: the record (null for a new one) and the pickers' lists. */
export async function recordEditor<K extends RecordKind>(
  kind: K,
  key: string | null,
): Promise<{ record: SavedRecord<K> | null; lists: PickLists }> {
  const [record, lists] = await Promise.all([key === null ? null : findRecord(kind, key), pickLists()]);
  return { record, lists };
}
