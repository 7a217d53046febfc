'use server';
// The forms' Server Actions. Each is a public endpoint: the role is checked inside lib/writes at
// the write itself; failures answer as lib/actions/save-result describes.
import { getEventSnapshot } from '@/db/queries/event-writes';
import { getRecord, type RecordKind } from '@/db/queries/record-writes';
import { RecordNotFoundError } from '@/db/errors';
import { failure, refreshEverything, type SaveResult, type Target } from '@/lib/actions/save-result';
import { eventValues, type EventFormValues } from '@/lib/event-form';
import { findRecord } from '@/lib/record-editing';
import type { WritableKind } from '@/lib/validation/writes';
import { createWrite, deleteWrite, restoreWrite, updateWrite } from '@/lib/writes';

export async function saveEvent(target: Target, values: EventFormValues): Promise<SaveResult<EventFormValues>> {
  try {
    const saved = target ? await updateWrite('event', { ...target, body: values }) : await createWrite('event', values);
    refreshEverything();
    return { ok: true, id: saved.id, slug: saved.slug, label: 'title' in saved ? saved.title : (saved.slug ?? '') };
  } catch (error) {
    return failure(error, async () => {
      const snapshot = target ? await getEventSnapshot({ id: target.id }) : null;
      return snapshot ? { version: snapshot.version, values: eventValues(snapshot) } : null;
    });
  }
}

/** The words a saved record is announced by; every kind has one of these fields. */
function labelOf(record: object): string {
  const named = record as { name?: unknown; title?: unknown; stance?: unknown; slug?: unknown };
  return String(named.name ?? named.title ?? named.stance ?? named.slug ?? '');
}

type Stored = { id: number; slug: string | null; version: number; deletedAt: string | null };

/** Strips what the form does not edit, leaving the record's own content. */
function contentOf<T extends Stored>(record: T): Omit<T, keyof Stored> {
  const { id: _id, slug: _slug, version: _version, deletedAt: _deletedAt, ...content } = record;
  return content;
}

export async function saveRecord(
  kind: RecordKind,
  target: Target,
  values: Record<string, unknown>,
): Promise<SaveResult<Record<string, unknown>>> {
  try {
    const saved = target ? await updateWrite(kind, { ...target, body: values }) : await createWrite(kind, values);
    refreshEverything();
    return { ok: true, id: saved.id, slug: saved.slug, label: labelOf(saved) };
  } catch (error) {
    return failure(error, async () => {
      const current = target ? await getRecord(kind, { id: target.id }) : null;
      return current ? { version: current.version, values: contentOf(current) } : null;
    });
  }
}

/**
 * Adds one title (an affiliation, with its citations) to a person, keeping their others: the
 * event form adds the title a person held at the event without leaving the event.
 */
export async function addTitle(personSlug: string, title: Record<string, unknown>): Promise<SaveResult<never>> {
  try {
    const current = await findRecord('person', String(personSlug));
    if (!current) throw new RecordNotFoundError('person', String(personSlug).slice(0, 200));
    const content = contentOf(current);
    const affiliations = [...(current.affiliations ?? []), title];
    const saved = await updateWrite('person', {
      id: current.id,
      version: current.version,
      body: { ...content, affiliations },
    });
    refreshEverything();
    return { ok: true, id: saved.id, slug: saved.slug, label: labelOf(saved) };
  } catch (error) {
    const result = await failure<never>(error, async () => null);
    // The new title is the last of the person's: report its errors at the title's own fields.
    if (!result.ok)
      result.fields = Object.fromEntries(
        Object.entries(result.fields).map(([path, message]) => [path.replace(/^affiliations\.\d+\./, ''), message]),
      );
    return result;
  }
}

export async function deleteAny(
  kind: WritableKind,
  target: { id: number; version: number },
): Promise<SaveResult<never>> {
  try {
    await deleteWrite(kind, target);
    refreshEverything();
    return { ok: true, id: target.id, slug: null, label: '' };
  } catch (error) {
    return failure(error, async () => null);
  }
}

export async function restoreAny(kind: WritableKind, id: number): Promise<SaveResult<never>> {
  try {
    const saved = await restoreWrite(kind, { id });
    refreshEverything();
    return { ok: true, id: saved.id, slug: saved.slug, label: labelOf(saved) };
  } catch (error) {
    return failure(error, async () => null);
  }
}
