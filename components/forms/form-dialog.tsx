'use client';
// A modal form over the page, for work that belongs to a field of the form behind it: creating a
// record a picker needs, adding a title to a person. The values become a body (`toBody`), checked
// by the body's schema here and saved by `send`; errors are shown on the dialog's own fields.
// It is drawn at the end of the body, so that its form is never inside the form it serves (a
// nested form submits the outer one). It only ever opens on a click, so `document` exists.
import { useEffect, useRef, useState, useTransition } from 'react';
import { createPortal } from 'react-dom';
import type { z } from 'zod';
import type { PickLists } from '@/db/queries/pick-lists';
import { fieldErrors, type FieldErrors } from '@/lib/errors';
import type { SaveResult } from '@/lib/actions/save-result';
import { buttonClass, FormError, secondaryButtonClass } from './field';
import { RecordFields, type FieldSpec, type Values } from './record-fields';

type Save = {
  schema: z.ZodType;
  toBody?: (values: Values) => Values;
  /** The dialog field that shows an error reported at a path of the body. */
  fieldNames?: Record<string, string>;
  send: (body: Values) => Promise<SaveResult<unknown>>;
  onSaved: (result: Extract<SaveResult<unknown>, { ok: true }>, body: Values) => void;
};

/** A dialog element that opens modal when drawn and closes when it goes. */
function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}

/** Submitting the values: checked against the schema here, then sent; errors land on the dialog's fields. */
function useCheckedSave(values: Values, { schema, toBody = (values) => values, fieldNames = {}, send, onSaved }: Save) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shown = (found: FieldErrors) =>
    Object.fromEntries(Object.entries(found).map(([path, text]) => [fieldNames[path] ?? path, text]));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const body = toBody(values);
    const checked = schema.safeParse(body);
    if (!checked.success) {
      setErrors(shown(fieldErrors(checked.error)));
      return;
    }
    startTransition(async () => {
      const result = await send(body);
      if (result.ok) onSaved(result, body);
      else {
        setErrors(shown(result.fields));
        setMessage(result.error);
      }
    });
  }

  return { errors, message, pending, submit };
}

export function FormDialog({
  heading,
  submitLabel,
  specs,
  initial,
  lists,
  onClose,
  ...save
}: Save & {
  heading: string;
  submitLabel: string;
  specs: FieldSpec[];
  initial: Values;
  lists: PickLists;
  onClose: () => void;
}) {
  const dialog = useModal();
  const [values, setValues] = useState<Values>(initial);
  const { errors, message, pending, submit } = useCheckedSave(values, save);

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby="form-dialog-heading"
      onCancel={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-4 text-slate-950 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50"
    >
      <form onSubmit={submit} className="space-y-4">
        <h2 id="form-dialog-heading" className="text-lg font-semibold">
          {heading}
        </h2>
        <FormError message={message} />
        <RecordFields specs={specs} values={values} onChange={setValues} errors={errors} lists={lists} />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
