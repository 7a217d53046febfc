'use client';
// What the event is: its kind, status, title and summary.
import { ChoiceOptions, Field, inputClass } from '@/components/forms/field';
import type { EventFormValues } from '@/lib/event-form';
import type { FieldErrors } from '@/lib/errors';
import { EVENT_KIND_CHOICES, EVENT_STATUS_CHOICES } from '@/lib/labels';

export function WhatFields({
  values,
  errors,
  update,
}: {
  values: EventFormValues;
  errors: FieldErrors;
  update: (next: EventFormValues) => void;
}) {
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    update({ ...values, [key]: value });
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">What</legend>
      <Field label="Kind" error={errors.kind}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as EventFormValues['kind'])}
          >
            <ChoiceOptions choices={EVENT_KIND_CHOICES} />
          </select>
        )}
      </Field>
      <Field label="Status" error={errors.status}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.status}
            onChange={(e) => set('status', e.target.value as EventFormValues['status'])}
          >
            <ChoiceOptions choices={EVENT_STATUS_CHOICES} />
          </select>
        )}
      </Field>
      <Field label="Title" error={errors.title} className="sm:col-span-2">
        {(props) => (
          <input
            {...props}
            type="text"
            className={inputClass}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label="Summary" error={errors.summary} className="sm:col-span-2">
        {(props) => (
          <textarea
            {...props}
            rows={4}
            className={inputClass}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}
