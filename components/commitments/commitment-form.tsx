'use client';
// The commitment form: on a session's outcome page it makes a new commitment with its first
// status (agreed at this session, from its source); on the commitment's edit page it changes the
// content and the terms, the history staying as it is (status changes have their own form).
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/commitments';
import { COMMITMENT_STATUS_CHOICES } from '@/lib/labels';
import { ChoiceOptions, Field, FormError, inputClass, PickOptions } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';

type Option = { slug: string; label: string };
export type CommitmentFormValues = {
  text: string;
  quantity: string;
  unit: string;
  event: string;
  parties: string[];
  topics: string[];
  claims: string[];
  startsAt: string;
  deadlineAt: string;
  durationDays: string;
  timeZone: string;
};
/** What a new commitment's first status defaults to: agreed at the session, from its first source. */
export type FirstStatus = { status: string; at: string; source: string };

function Checkboxes({
  legend,
  name,
  options,
  checked,
  error,
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: string[];
  error?: string;
}) {
  if (!options.length) return null;
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {options.map((option) => (
          <li key={option.slug}>
            <label className="inline-flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={option.slug}
                defaultChecked={checked.includes(option.slug)}
                className="mt-1"
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A new commitment's first status: what it is, when, and the source that says so. */
function FirstStatusFields({
  firstStatus,
  fields,
  timeZone,
  sources,
}: {
  firstStatus: FirstStatus;
  fields: FormState['fields'];
  timeZone: string;
  sources: Option[];
}) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="text-sm font-medium">Status at this session</legend>
      <Field label="Status" error={fields.status}>
        {(props) => (
          <select {...props} name="status" defaultValue={firstStatus.status} className={inputClass}>
            <ChoiceOptions choices={COMMITMENT_STATUS_CHOICES} />
          </select>
        )}
      </Field>
      <Field label="When" error={fields.statusAt} hint={timeZone}>
        {(props) => <input {...props} name="statusAt" defaultValue={firstStatus.at} className={inputClass} />}
      </Field>
      <Field label="Source" error={fields.source}>
        {(props) => (
          <select {...props} name="source" defaultValue={firstStatus.source} className={inputClass}>
            <option value="">Choose a source</option>
            <PickOptions options={sources} />
          </select>
        )}
      </Field>
    </fieldset>
  );
}

export function CommitmentForm({
  action,
  values,
  target,
  firstStatus,
  lists,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  values: CommitmentFormValues;
  target?: { id: number; version: number };
  firstStatus?: FirstStatus;
  lists: { parties: Option[]; topics: Option[]; claims: Option[]; sources: Option[] };
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, fields: {} });
  const { fields } = state;
  const text = (name: keyof CommitmentFormValues, label: string, hint?: string, type = 'text') => (
    <Field label={label} error={fields[name]} hint={hint}>
      {(props) => (
        <input {...props} name={name} type={type} defaultValue={values[name] as string} className={inputClass} />
      )}
    </Field>
  );
  return (
    <form
      action={formAction}
      className="max-w-2xl space-y-4"
      aria-label={target ? 'Edit the commitment' : 'Add a commitment'}
    >
      <FormError message={state.error} />
      {target && (
        <>
          <input type="hidden" name="id" value={target.id} />
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      <input type="hidden" name="event" value={values.event} />
      <input type="hidden" name="timeZone" value={values.timeZone} />
      <Checkboxes
        legend="Who commits"
        name="parties"
        options={lists.parties}
        checked={values.parties}
        error={fields.parties ?? fields['parties.0']}
      />
      {text('text', 'What they commit to')}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('quantity', 'How many (where it is a number)', 'A number such as 1000', 'text')}
        {text('unit', 'Of what', 'prisoners, bodies…')}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('startsAt', 'From', `A date, or date and time, in ${values.timeZone}`)}
        {text('deadlineAt', 'Deadline', `A date, or date and time, in ${values.timeZone}`)}
        {text('durationDays', 'Or for how many days', 'With a start: “a 30-day moratorium”')}
      </div>
      {firstStatus && (
        <FirstStatusFields
          firstStatus={firstStatus}
          fields={fields}
          timeZone={values.timeZone}
          sources={lists.sources}
        />
      )}
      <Checkboxes legend="Topics" name="topics" options={lists.topics} checked={values.topics} error={fields.topics} />
      <Checkboxes
        legend="Its terms: the claims that word it (a condition is a demand)"
        name="claims"
        options={lists.claims}
        checked={values.claims}
        error={fields.claims}
      />
      <FormActions pending={pending} label={target ? 'Save the commitment' : 'Add the commitment'} />
    </form>
  );
}
