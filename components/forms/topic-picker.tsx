'use client';
// Chosen topics as removable chips, and a picker that adds one (or creates it): the event,
// claim and point forms all tag their record with topics this way.
import type { PickOption } from '@/db/queries/pick-lists';
import type { FieldErrors } from '@/lib/errors';
import { Combobox } from './combobox';

export function TopicPicker({
  legend,
  value,
  options,
  errors,
  onChange,
  onCreate,
}: {
  legend: React.ReactNode;
  value: readonly string[];
  options: readonly PickOption[];
  errors: FieldErrors;
  onChange: (topics: string[]) => void;
  onCreate?: (text: string) => void;
}) {
  const labelOf = (topic: string) => options.find((t) => t.slug === topic)?.label ?? topic;
  return (
    <fieldset>
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      {errors.topics && <p className="text-sm text-red-700 dark:text-red-400">{errors.topics}</p>}
      <ul className="mb-2 flex flex-wrap gap-2" aria-label="Chosen topics">
        {value.map((topic, index) => (
          <li key={topic} className="inline-flex items-center gap-1 rounded-full border border-slate-400 px-2 py-0.5 text-sm dark:border-slate-600">
            {labelOf(topic)}
            {errors[`topics.${index}`] && <span className="text-red-700 dark:text-red-400"> ({errors[`topics.${index}`]})</span>}
            <button type="button" className="rounded px-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600" aria-label={`Remove topic ${labelOf(topic)}`} onClick={() => onChange(value.filter((t) => t !== topic))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <Combobox
        label="Add a topic"
        options={options.filter((t) => !value.includes(t.slug))}
        value=""
        clearable={false}
        onChange={(topic) => topic && onChange([...value, topic])}
        createLabel="New topic:"
        onCreate={onCreate}
      />
    </fieldset>
  );
}
