'use client';
// A session's outcomes besides its commitments: "no agreement announced" and "talks to continue
// on …" (the scheduled follow-up session, chosen from the events).
import { useActionState } from 'react';
import { sessionOutcomesAction } from '@/lib/actions/commitments';
import { Field, FormError, inputClass, PickOptions } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';

export function SessionOutcomesForm({
  session,
  events,
  values,
}: {
  session: { id: number; slug: string; version: number };
  events: { slug: string; label: string }[];
  values: { noAgreement: boolean; followUp: string; note: string };
}) {
  const [state, formAction, pending] = useActionState(sessionOutcomesAction, { error: null, fields: {} });
  return (
    <form action={formAction} className="max-w-2xl space-y-4" aria-label="Other outcomes">
      <FormError message={state.error} />
      <input type="hidden" name="eventId" value={session.id} />
      <input type="hidden" name="slug" value={session.slug} />
      <input type="hidden" name="version" value={session.version} />
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name="noAgreement" defaultChecked={values.noAgreement} />
        No agreement announced
      </label>
      <Field label="Talks to continue at" error={state.fields.followUp} hint="The scheduled follow-up session">
        {(props) => (
          <select {...props} name="followUp" defaultValue={values.followUp} className={inputClass}>
            <option value="">None announced</option>
            <PickOptions options={events} />
          </select>
        )}
      </Field>
      <Field label="Note" error={state.fields.note}>
        {(props) => <input {...props} name="note" defaultValue={values.note} className={inputClass} />}
      </Field>
      <FormActions pending={pending} label="Save the outcomes" />
    </form>
  );
}
