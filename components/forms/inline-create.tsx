'use client';
// A modal dialog that creates a record without leaving the form that needs it: a new person,
// topic, source, party or location, picked as soon as it is saved.
import { useEffect, useRef, useState, useTransition } from 'react';
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import type { FieldErrors } from '@/lib/errors';
import { fieldErrors } from '@/lib/errors';
import { RECORD_SCHEMAS } from '@/lib/validation/records';
import { saveRecord } from './actions';
import { buttonClass, FormError, secondaryButtonClass } from './field';
import { RecordFields, type FieldSpec, type Values } from './record-fields';
import { RECORD_SPECS } from './record-specs';

/** The field a typed name fills in: a source's title, every other record's name. */
const NAME_FIELD: Partial<Record<RecordKind, string>> = { source: 'title', position: 'stance' };

/** A new person is usually added with the title they hold: one affiliation, asked for inline. */
const PERSON_TITLE_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Title (optional)', type: 'text', hint: 'Such as "Defense Minister"' },
  { name: 'titleParty', label: 'Title held for', type: 'picker', list: 'parties' },
];

function bodyOf(kind: RecordKind, values: Values): Values {
  if (kind !== 'person') return values;
  const { title, titleParty, ...person } = values;
  return { ...person, affiliations: title || titleParty ? [{ party: titleParty, title, kind: 'official', citations: [] }] : [] };
}

function errorsOf(kind: RecordKind, errors: FieldErrors): FieldErrors {
  if (kind !== 'person') return errors;
  const renamed: Record<string, string> = { 'affiliations.0.title': 'title', 'affiliations.0.party': 'titleParty' };
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [renamed[key] ?? key, message]));
}

export function InlineCreate({ kind, text, lists, onCreated, onClose }: { kind: RecordKind; text: string; lists: PickLists; onCreated: (option: PickOption) => void; onClose: () => void }) {
  const spec = RECORD_SPECS[kind];
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Values>({ ...spec.blank, [NAME_FIELD[kind] ?? 'name']: text });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  function create(event: React.FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const body = bodyOf(kind, values);
    const checked = RECORD_SCHEMAS[kind].safeParse(body);
    if (!checked.success) {
      setErrors(errorsOf(kind, fieldErrors(checked.error)));
      return;
    }
    startTransition(async () => {
      const result = await saveRecord(kind, null, body);
      if (result.ok && result.slug) onCreated({ slug: result.slug, label: result.label, timeZone: typeof values.timeZone === 'string' ? values.timeZone : undefined });
      else if (!result.ok) {
        setErrors(errorsOf(kind, result.fields));
        setMessage(result.error);
      }
    });
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="inline-create-heading"
      onCancel={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-4 text-slate-950 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50"
    >
      <form onSubmit={create} className="space-y-4">
        <h2 id="inline-create-heading" className="text-lg font-semibold">
          New {spec.title}
        </h2>
        <FormError message={message} />
        <RecordFields specs={[...spec.fields.filter((f) => f.type !== 'rows'), ...(kind === 'person' ? PERSON_TITLE_FIELDS : [])]} values={values} onChange={setValues} errors={errors} lists={lists} />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? 'Creating…' : `Create ${spec.title}`}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
