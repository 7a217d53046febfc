'use client';
// Where and when the event happened: its location and time zone, its start and end in local
// time, how precise the start is, and how long it lasted when no end is known.
import type { PickOption } from '@/db/queries/pick-lists';
import { Combobox } from '@/components/forms/combobox';
import { ChoiceOptions, Field, inputClass } from '@/components/forms/field';
import type { CreateRequest } from '@/components/forms/record-fields';
import { useTimeZones } from '@/components/forms/use-time-zones';
import { withPrecision, type EventFormValues } from '@/lib/event-form';
import type { FieldErrors } from '@/lib/errors';
import { DURATION_BOUND_CHOICES, PRECISION_CHOICES } from '@/lib/labels';
import { hasClock } from '@/lib/time';

type Props = { values: EventFormValues; errors: FieldErrors; update: (next: EventFormValues) => void };

export function WhenWhereFields({
  values,
  errors,
  update,
  locations,
  onCreate,
}: Props & { locations: readonly PickOption[]; onCreate: CreateRequest }) {
  const zones = useTimeZones();

  // A location created inline is not in `locations` yet when it is picked: it comes with its option.
  function pickLocation(slug: string, created?: PickOption) {
    const previousZone = locations.find((l) => l.slug === values.location)?.timeZone;
    const zone = (created ?? locations.find((l) => l.slug === slug))?.timeZone;
    // The location's zone is the default until the analyst chooses another one.
    const keepZone = values.timeZone !== 'UTC' && values.timeZone !== previousZone;
    update({ ...values, location: slug, timeZone: zone && !keepZone ? zone : values.timeZone });
  }

  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">When and where</legend>
      <Combobox
        label="Location"
        options={locations}
        value={values.location}
        error={errors.location}
        onChange={(slug) => pickLocation(slug)}
        createLabel="New location:"
        onCreate={(text) => onCreate('location', text, pickLocation)}
      />
      <Combobox
        label="Time zone"
        options={zones}
        value={values.timeZone}
        error={errors.timeZone}
        clearable={false}
        hint="Times below are local to this zone; it follows the location unless you change it"
        onChange={(zone) => update({ ...values, timeZone: zone || 'UTC' })}
      />
      <TimingFields values={values} errors={errors} update={update} />
    </fieldset>
  );
}

function TimingFields({ values, errors, update }: Props) {
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    update({ ...values, [key]: value });
  // A day, week, month or year is entered as a date: no clock time is asked for.
  const timeInput = hasClock(values.precision) ? 'datetime-local' : 'date';
  const text = (key: 'startsAt' | 'endsAt' | 'durationMinutes') => ({
    className: inputClass,
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.target.value),
  });
  return (
    <>
      <Field label="Starts (local time)" error={errors.startsAt}>
        {(props) => <input {...props} type={timeInput} {...text('startsAt')} />}
      </Field>
      <Field label="Ends (local time, optional)" error={errors.endsAt}>
        {(props) => <input {...props} type={timeInput} {...text('endsAt')} />}
      </Field>
      <Field label="Precision of the start" error={errors.precision} hint="How finely the source pins the time">
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.precision}
            onChange={(e) => update(withPrecision(values, e.target.value as EventFormValues['precision']))}
          >
            <ChoiceOptions choices={PRECISION_CHOICES} />
          </select>
        )}
      </Field>
      <Field
        label="Lasted (minutes, when no end is known)"
        error={errors.durationMinutes}
        hint="Such as 120 for “under two hours”; leave empty when the end is given"
      >
        {(props) => (
          <input {...props} type="number" min={1} step={1} inputMode="numeric" {...text('durationMinutes')} />
        )}
      </Field>
      <Field label="The duration is" error={errors.durationBound}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.durationBound}
            onChange={(e) => set('durationBound', e.target.value as EventFormValues['durationBound'])}
          >
            <ChoiceOptions choices={DURATION_BOUND_CHOICES} />
          </select>
        )}
      </Field>
      <div className="flex flex-col justify-end gap-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={values.approximate} onChange={(e) => set('approximate', e.target.checked)} />{' '}
          The start is approximate
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={values.endApproximate}
            onChange={(e) => set('endApproximate', e.target.checked)}
          />{' '}
          The end is approximate
        </label>
      </div>
    </>
  );
}
