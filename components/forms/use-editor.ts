'use client';
// The state every edit form shares: the values typed, the version they are based on, errors
// from the one schema (checked here first, then on the server), the conflict after a stale save,
// and a draft kept in this browser so that nothing typed is lost to a reload or a lapsed session.
import { useMemo, useState, useSyncExternalStore, useTransition } from 'react';
import type { z } from 'zod';
import type { Conflict, SaveResult, Target } from '@/lib/actions/save-result';
import { fieldErrors, type FieldErrors } from '@/lib/errors';
import { subscribeToStorage } from '@/lib/drafts';
import { reapply as merge } from '@/lib/merge';

type Values = Record<string, unknown>;

export function useEditor<V extends Values>({
  initial,
  target,
  schema,
  save,
  onSaved,
  draftKey,
}: {
  initial: V;
  target: Target;
  schema: z.ZodType;
  save: (target: Target, values: V) => Promise<SaveResult<V>>;
  onSaved: (result: Extract<SaveResult<V>, { ok: true }>) => void;
  draftKey: string;
}) {
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(target?.version ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [pending, startTransition] = useTransition();

  // The draft left by an earlier visit, offered until the analyst restores it, discards it or
  // starts typing over it. Read from storage after hydration, so server and client agree.
  const stored = useSyncExternalStore(subscribeToStorage, () => window.localStorage.getItem(draftKey), () => null);
  const [draftHandled, setDraftHandled] = useState(false);
  const draft = useMemo(() => {
    if (draftHandled || !stored || JSON.stringify(values) !== JSON.stringify(initial)) return null;
    try {
      const parsed = (JSON.parse(stored) as { values: V }).values;
      return JSON.stringify(parsed) === JSON.stringify(initial) ? null : parsed;
    } catch {
      return null;
    }
  }, [draftHandled, stored, values, initial]);

  function update(next: V) {
    setValues(next);
    if (JSON.stringify(next) === JSON.stringify(base)) window.localStorage.removeItem(draftKey);
    else window.localStorage.setItem(draftKey, JSON.stringify({ version, values: next }));
  }

  function submit(event?: React.FormEvent) {
    event?.preventDefault();
    setNotice(null);
    const checked = schema.safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      setMessage('Some fields need attention: see the messages next to them.');
      return;
    }
    startTransition(async () => {
      const result = await save(target && version !== null ? { id: target.id, version } : null, values);
      if (result.ok) {
        window.localStorage.removeItem(draftKey);
        setErrors({});
        setMessage(null);
        onSaved(result);
        return;
      }
      setErrors(result.fields);
      setMessage(result.error);
      if (result.conflict) setConflict(result.conflict);
    });
  }

  function adopt(next: Conflict<V>, kept: V) {
    setBase(next.values);
    setVersion(next.version);
    setConflict(null);
    setErrors({});
    setMessage(null);
    update(kept);
  }

  return {
    values,
    /** The version the next save is based on: the loaded one, or the newer one after a reapply. */
    version,
    update,
    /** Shows a failure that did not come from a save, such as a refused delete. */
    report: setMessage,
    errors,
    message,
    notice,
    conflict,
    base,
    pending,
    submit,
    draft,
    restoreDraft: () => {
      if (draft) update(draft);
      setDraftHandled(true);
    },
    discardDraft: () => {
      window.localStorage.removeItem(draftKey);
      setDraftHandled(true);
    },
    reapply: () => {
      if (!conflict) return;
      adopt(conflict, merge(base, values, conflict.values));
      setNotice(`Your changes are reapplied on version ${conflict.version}. Review them and save.`);
    },
    takeTheirs: () => {
      if (conflict) adopt(conflict, conflict.values);
    },
  };
}
