'use client';
// Creates a token and shows it exactly once: it is never stored in clear, so it cannot be shown again.
import { useActionState } from 'react';
import { Field, FormError, buttonClass, inputClass } from '@/components/forms/field';
import { CopyButton } from '@/components/share/copy-button';
import type { TokenFormState } from '@/lib/actions/api-tokens';

export function TokenForm({ action }: { action: (state: TokenFormState, form: FormData) => Promise<TokenFormState> }) {
  const [state, formAction, pending] = useActionState(action, { token: null, name: '', message: null, fields: {} });
  return (
    <form action={formAction} className="mt-3 space-y-4" aria-label="New API token">
      <FormError message={state.message} />
      {state.token && (
        <div
          role="status"
          className="rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100"
        >
          <p>
            Your new token <strong>{state.name}</strong>. Copy it now: it will not be shown again.
          </p>
          <p className="mt-2">
            <code
              aria-label="Your new API token"
              className="block overflow-x-auto rounded bg-white px-2 py-1 font-mono text-slate-950 select-all dark:bg-slate-900 dark:text-slate-50"
            >
              {state.token}
            </code>
          </p>
          <p className="mt-2">
            <CopyButton text={state.token} label="Copy the token" what="the token" />
          </p>
        </div>
      )}
      <Field label="Token name" error={state.fields.name} hint="What the token is for, such as “nightly import script”">
        {(props) => (
          <input
            {...props}
            name="name"
            type="text"
            required
            maxLength={80}
            defaultValue={state.token ? '' : state.name}
            key={state.token ?? 'new'}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Creating…' : 'Create token'}
      </button>
    </form>
  );
}
