'use client';
// The state every edit form shares: the values typed, the version they are based on, errors
// from the one schema (checked here first, then on the server), the conflict after a stale save,
// and a draft kept in this browser so that nothing typed is lost to a reload or a lapsed session.
import { useState, useTransition } from 'react';
import type { z } from 'zod';
import type { Conflict, SaveResult, Target } from '@/lib/actions/save-result';
import { fieldErrors } from '@/lib/errors';
import { reapply as merge } from '@/lib/merge';
import { useDraftOffer } from './use-draft-offer';
import { useFormFeedback } from './use-form-feedback';

type Values = Record<string, unknown>;

type EditorOptions<V extends Values> = {
  initial: V;
  target: Target;
  schema: z.ZodType;
  save: (target: Target, values: V) => Promise<SaveResult<V>>;
  onSaved: (result: Extract<SaveResult<V>, { ok: true }>) => void;
  draftKey: string;
};

export function useEditor<V extends Values>({ initial, target, schema, save, onSaved, draftKey }: EditorOptions<V>) {
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(target?.version ?? null);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [pending, startTransition] = useTransition();
  const feedback = useFormFeedback();
  const offer = useDraftOffer(draftKey, values, initial);

  function update(next: V) {
    setValues(next);
    if (JSON.stringify(next) === JSON.stringify(base)) window.localStorage.removeItem(draftKey);
    else window.localStorage.setItem(draftKey, JSON.stringify({ version, values: next }));
  }

  function submit(event?: React.FormEvent) {
    event?.preventDefault();
    feedback.setNotice(null);
    const checked = schema.safeParse(values);
    if (!checked.success) {
      feedback.fail(fieldErrors(checked.error), 'Some fields need attention: see the messages next to them.');
      return;
    }
    startTransition(async () => {
      const result = await save(target && version !== null ? { id: target.id, version } : null, values);
      if (result.ok) {
        window.localStorage.removeItem(draftKey);
        feedback.clear();
        onSaved(result);
        return;
      }
      feedback.fail(result.fields, result.error);
      if (result.conflict) setConflict(result.conflict);
    });
  }

  function adopt(next: Conflict<V>, kept: V) {
    setBase(next.values);
    setVersion(next.version);
    setConflict(null);
    feedback.clear();
    update(kept);
  }

  return {
    values,
    /** The version the next save is based on: the loaded one, or the newer one after a reapply. */
    version,
    update,
    /** Shows a failure that did not come from a save, such as a refused delete. */
    report: feedback.setMessage,
    errors: feedback.errors,
    message: feedback.message,
    notice: feedback.notice,
    conflict,
    base,
    pending,
    submit,
    draft: offer.draft,
    restoreDraft: () => {
      if (offer.draft) update(offer.draft);
      offer.handled();
    },
    discardDraft: offer.discard,
    reapply: () => {
      if (!conflict) return;
      adopt(conflict, merge(base, values, conflict.values));
      feedback.setNotice(`Your changes are reapplied on version ${conflict.version}. Review them and save.`);
    },
    takeTheirs: () => {
      if (conflict) adopt(conflict, conflict.values);
    },
  };
}
