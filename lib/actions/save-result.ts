// What a form's Server Action answers, and how a failed write becomes that answer: no session is
// a 401 and a wrong role a 403 (Next's auth interrupts); other failures come back as field
// errors, or as a conflict carrying the newer version to compare.
import { revalidatePath } from 'next/cache';
import { forbidden, unauthorized } from 'next/navigation';
import { VersionConflictError } from '@/db/errors';
import { toAppError, type FieldErrors } from '@/lib/errors';

export type Target = { id: number; version: number } | null;
export type Conflict<V> = { version: number; values: V };
export type SaveResult<V> =
  | { ok: true; id: number; slug: string | null; label: string }
  | { ok: false; error: string; fields: FieldErrors; conflict?: Conflict<V> };

export async function failure<V>(error: unknown, current: () => Promise<Conflict<V> | null>): Promise<SaveResult<V>> {
  const appError = toAppError(error);
  if (appError.code === 'unauthorized') unauthorized();
  if (appError.code === 'forbidden') forbidden();
  const conflict = error instanceof VersionConflictError ? await current() : null;
  return { ok: false, error: appError.message, fields: appError.fields ?? {}, ...(conflict ? { conflict } : {}) };
}

/** Pages read the database on every request; this drops any cached render and router state. */
export function refreshEverything(): void {
  revalidatePath('/', 'layout');
}
