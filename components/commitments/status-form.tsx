'use client';
// A later change of a commitment's status ("partly implemented", then "implemented"), dated in
// the commitment's zone and sourced; with a party chosen, that party's own claim of the status.
import { useActionState } from 'react';
import { addStatusAction } from '@/lib/actions/commitments';
import { COMMITMENT_STATUS_CHOICES } from '@/lib/labels';
import { ChoiceOptions, Field, FormError, inputClass, PickOptions } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';

type Option = { slug: string; label: string };

export function StatusForm({
  commitment,
  parties,
  sources,
  defaults,
}: {
  commitment: { id: number; slug: string; version: number; timeZone: string };
  parties: Option[];
  sources: Option[];
  defaults: { status: string; source: string };
}) {
  const [state, formAction, pending] = useActionState(addStatusAction, { error: null, fields: {} });
  const { fields } = state;
  return (
    <form action={formAction} className="max-w-2xl space-y-4" aria-label="Add a status">
      <FormError message={state.error} />
      <input type="hidden" name="id" value={commitment.id} />
      <input type="hidden" name="slug" value={commitment.slug} />
      <input type="hidden" name="version" value={commitment.version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="New status" error={fields.status}>
          {(props) => (
            <select {...props} name="status" defaultValue={defaults.status} className={inputClass}>
              <ChoiceOptions choices={COMMITMENT_STATUS_CHOICES} />
            </select>
          )}
        </Field>
        <Field label="Since" error={fields.at} hint={`A date, or date and time, in ${commitment.timeZone}`}>
          {(props) => <input {...props} name="at" className={inputClass} />}
        </Field>
        <Field label="According to" error={fields.claimedBy} hint="Leave as reported unless one party claims it">
          {(props) => (
            <select {...props} name="claimedBy" defaultValue="" className={inputClass}>
              <option value="">Reported</option>
              <PickOptions options={parties} />
            </select>
          )}
        </Field>
      </div>
      <Field label="Source" error={fields.source}>
        {(props) => (
          <select {...props} name="source" defaultValue={defaults.source} className={inputClass}>
            <option value="">Choose a source</option>
            <PickOptions options={sources} />
          </select>
        )}
      </Field>
      <Field label="The source’s words" error={fields.excerpt}>
        {(props) => <textarea {...props} name="excerpt" rows={2} className={inputClass} />}
      </Field>
      <FormActions pending={pending} label="Add the status" />
    </form>
  );
}
