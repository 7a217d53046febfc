'use client';
// Chosen topics as removable chips, and a picker that adds one (or creates it): the event,
// claim and point forms all tag their record with topics this way.
import type { PickOption } from '@/db/queries/pick-lists';
import type { FieldErrors } from '@/lib/errors';
import { Combobox } from './combobox';
import type { CreateRequest } from './record-fields';

/** The part of a form's editor (see use-editor) the picker reads and writes. */
type TopicsEditor<V extends { topics: string[] }> = { values: V; errors: FieldErrors; update: (next: V) => void };

export function TopicPicker<V extends { topics: string[] }>({
  editor,
  options,
  onCreate,
  legend = 'Topics',
}: {
  editor: TopicsEditor<V>;
  options: readonly PickOption[];
  onCreate?: CreateRequest;
  legend?: React.ReactNode;
}) {
  const { values, errors } = editor;
  const value = values.topics;
  const onChange = (topics: string[]) => editor.update({ ...values, topics });
  const labelOf = (topic: string) => options.find((t) => t.slug === topic)?.label ?? topic;
  return (
    <fieldset>
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      {errors.topics && <p className="text-sm text-red-700 dark:text-red-400">{errors.topics}</p>}
      <ul className="mb-2 flex flex-wrap gap-2" aria-label="Chosen topics">
        {value.map((topic, index) => (
          <li
            key={topic}
            className="inline-flex items-center gap-1 rounded-full border border-slate-400 px-2 py-0.5 text-sm dark:border-slate-600"
          >
            {labelOf(topic)}
            {errors[`topics.${index}`] && (
              <span className="text-red-700 dark:text-red-400"> ({errors[`topics.${index}`]})</span>
            )}
            <button
              type="button"
              className="rounded px-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
              aria-label={`Remove topic ${labelOf(topic)}`}
              onClick={() => onChange(value.filter((t) => t !== topic))}
            >
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
        onCreate={onCreate ? (text) => onCreate('topic', text, (topic) => onChange([...value, topic])) : undefined}
      />
    </fieldset>
  );
}
