// A labelled form control with its error next to it, tied by aria-describedby so a screen reader
// reads the message with the field. Works in server and client components alike.
import { useId } from 'react';

export const inputClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 aria-[invalid=true]:border-red-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 dark:aria-[invalid=true]:border-red-400 dark:[color-scheme:dark]';

type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

export function Field({
  label,
  error,
  hint,
  className,
  children,
}: {
  label: React.ReactNode;
  error?: string;
  hint?: string;
  className?: string;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200"
    >
      {message}
    </p>
  );
}

export const buttonClass =
  'inline-flex items-center rounded bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-2 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500 dark:focus-visible:ring-offset-slate-950';
export const secondaryButtonClass =
  'inline-flex items-center rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-slate-600 dark:hover:bg-slate-800';

export const linkClass =
  'underline decoration-slate-400 underline-offset-2 hover:decoration-slate-950 dark:hover:decoration-white';

/** A select's options from a vocabulary's choices (lib/labels), each value shown in words. */
/** The options of a pick list (records by slug, shown by label). */
export function PickOptions({ options }: { options: readonly { slug: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.slug} value={option.slug}>
      {option.label}
    </option>
  ));
}

export function ChoiceOptions({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
