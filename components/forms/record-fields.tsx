'use client';
// Renders a record's fields from a description, so the record forms and the event form's inline
// "create" panels share one set of controls, labels and error placement.
import type { PickListName, PickLists, PickOption } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import type { FieldErrors } from '@/lib/errors';
import { Combobox } from './combobox';
import { ChoiceOptions, Field, inputClass, secondaryButtonClass } from './field';

/** Shows a field only while another field holds one of some values (a readout's issuing party). */
type ShownWhen = { field: string; values: readonly string[] };
type Base = { name: string; label: string; hint?: string; wide?: boolean; shownWhen?: ShownWhen };
export type FieldSpec =
  | (Base & { type: 'text'; suggestions?: 'publishers' })
  | (Base & { type: 'textarea'; rows?: number })
  | (Base & { type: 'date' | 'url' | 'list' })
  | (Base & { type: 'select'; options: readonly { value: string; label: string }[] })
  | (Base & { type: 'picker'; list: PickListName; create?: RecordKind })
  | (Base & {
      type: 'rows';
      fields: FieldSpec[];
      blank: Record<string, unknown>;
      addLabel: string;
      itemLabel: string;
      adder?: RowAdder;
    });

/** A picker that adds a row in one pick: the chosen record fills the row's `field`. */
type RowAdder = { field: string; list: PickListName; create?: RecordKind };

export type Values = Record<string, unknown>;

/** Asks the enclosing form to create a `kind` record from `text`, then to pick it with `pick`. */
/** Asks to create a record named `text`; `more` fills other fields of the dialog (a new source's publisher). */
export type CreateRequest = (
  kind: RecordKind,
  text: string,
  pick: (slug: string, option: PickOption) => void,
  more?: Values,
) => void;

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

export function RecordFields({
  specs,
  values,
  onChange,
  errors,
  lists,
  prefix = '',
  onCreate,
}: {
  specs: readonly FieldSpec[];
  values: Values;
  onChange: (next: Values) => void;
  errors: FieldErrors;
  lists: PickLists;
  prefix?: string;
  onCreate?: CreateRequest;
}) {
  const shown = (spec: FieldSpec, next: Values) =>
    !spec.shownWhen || spec.shownWhen.values.includes(asText(next[spec.shownWhen.field]));
  // A field that hides is emptied, so that no value the analyst cannot see is saved or refused.
  const set = (name: string, value: unknown) => {
    const next = { ...values, [name]: value };
    for (const spec of specs) if (!shown(spec, next) && shown(spec, values)) next[spec.name] = '';
    onChange(next);
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {specs
        .filter((spec) => shown(spec, values))
        .map((spec) => (
          <RecordField
            key={spec.name}
            spec={spec}
            value={values[spec.name]}
            set={(value) => set(spec.name, value)}
            context={{ errors, lists, prefix, onCreate }}
          />
        ))}
    </div>
  );
}

type FieldContext = { errors: FieldErrors; lists: PickLists; prefix: string; onCreate?: CreateRequest };
type FieldProps<S extends FieldSpec = FieldSpec> = {
  spec: S;
  value: unknown;
  set: (value: unknown) => void;
  context: FieldContext;
};

function RecordField({ spec, value, set, context }: FieldProps) {
  const error = context.errors[`${context.prefix}${spec.name}`];
  const wide =
    spec.wide || spec.type === 'textarea' || spec.type === 'rows' || spec.type === 'list' ? 'sm:col-span-2' : '';
  switch (spec.type) {
    case 'select':
      return (
        <Field label={spec.label} error={error} hint={spec.hint} className={wide}>
          {(props) => (
            <select {...props} className={inputClass} value={asText(value)} onChange={(e) => set(e.target.value)}>
              <ChoiceOptions choices={spec.options} />
            </select>
          )}
        </Field>
      );
    case 'picker': {
      const { onCreate } = context;
      return (
        <Combobox
          label={spec.label}
          hint={spec.hint}
          error={error}
          className={wide}
          options={context.lists[spec.list]}
          value={asText(value)}
          onChange={(slug) => set(slug)}
          createLabel={`New ${spec.create ?? ''}:`}
          onCreate={spec.create && onCreate ? (text) => onCreate(spec.create!, text, (slug) => set(slug)) : undefined}
        />
      );
    }
    case 'rows':
      return <RowsField spec={spec} value={value} set={set} context={context} />;
    default:
      return <TextField spec={spec} value={value} set={set} context={context} />;
  }
}

type RowsSpec = Extract<FieldSpec, { type: 'rows' }>;

function RowsField({ spec, value, set, context }: FieldProps<RowsSpec>) {
  const { errors, lists, prefix, onCreate } = context;
  const error = errors[`${prefix}${spec.name}`];
  const rows = (value as Values[] | undefined) ?? [];
  return (
    <fieldset className="space-y-3 sm:col-span-2">
      <legend className="text-sm font-medium">{spec.label}</legend>
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      {rows.map((row, index) => (
        <div
          key={index}
          className="rounded border border-slate-300 p-3 dark:border-slate-700"
          role="group"
          aria-label={`${spec.itemLabel} ${index + 1}`}
        >
          <RecordFields
            specs={spec.fields}
            values={row}
            lists={lists}
            errors={errors}
            prefix={`${prefix}${spec.name}.${index}.`}
            onCreate={onCreate}
            onChange={(next) => set(rows.map((r, i) => (i === index ? next : r)))}
          />
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2`}
            onClick={() => set(rows.filter((_, i) => i !== index))}
          >
            Remove {spec.itemLabel.toLowerCase()} {index + 1}
          </button>
        </div>
      ))}
      {spec.adder ? (
        <RowAdderPicker
          adder={spec.adder}
          label={spec.addLabel}
          lists={lists}
          onCreate={onCreate}
          onAdd={(slug) => set([...rows, { ...spec.blank, [spec.adder!.field]: slug }])}
        />
      ) : (
        <button type="button" className={secondaryButtonClass} onClick={() => set([...rows, { ...spec.blank }])}>
          {spec.addLabel}
        </button>
      )}
    </fieldset>
  );
}

type TextSpec = Extract<FieldSpec, { type: 'text' | 'textarea' | 'date' | 'url' | 'list' }>;

function TextField({ spec, value, set, context }: FieldProps<TextSpec>) {
  const error = context.errors[`${context.prefix}${spec.name}`];
  const wide = spec.wide || spec.type === 'textarea' || spec.type === 'list' ? 'sm:col-span-2' : '';
  const multiline = spec.type === 'textarea' || spec.type === 'list';
  const suggestions = spec.type === 'text' ? spec.suggestions : undefined;
  return (
    <Field
      label={spec.label}
      error={error}
      hint={spec.hint ?? (spec.type === 'list' ? 'One per line' : undefined)}
      className={wide}
    >
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            rows={spec.type === 'textarea' ? (spec.rows ?? 4) : 3}
            className={inputClass}
            value={asText(value)}
            onChange={(e) => set(spec.type === 'list' ? e.target.value.split('\n') : e.target.value)}
          />
        ) : (
          <>
            <input
              {...props}
              type={spec.type === 'date' ? 'date' : spec.type === 'url' ? 'url' : 'text'}
              list={suggestions ? `${props.id}-suggestions` : undefined}
              className={inputClass}
              value={asText(value)}
              onChange={(e) => set(e.target.value)}
            />
            {suggestions && (
              <datalist id={`${props.id}-suggestions`}>
                {context.lists[suggestions].map((suggestion) => (
                  <option key={suggestion} value={suggestion} />
                ))}
              </datalist>
            )}
          </>
        )
      }
    </Field>
  );
}

function RowAdderPicker({
  adder,
  label,
  lists,
  onCreate,
  onAdd,
}: {
  adder: RowAdder;
  label: string;
  lists: PickLists;
  onCreate?: CreateRequest;
  onAdd: (slug: string) => void;
}) {
  return (
    <Combobox
      label={label}
      options={lists[adder.list]}
      value=""
      clearable={false}
      onChange={(slug) => slug && onAdd(slug)}
      createLabel={`New ${adder.create ?? ''}:`}
      onCreate={adder.create && onCreate ? (text) => onCreate(adder.create!, text, onAdd) : undefined}
    />
  );
}
