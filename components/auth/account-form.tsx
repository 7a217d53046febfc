'use client';
import { useActionState } from 'react';
import { ChoiceOptions, Field, FormError, buttonClass, inputClass } from '@/components/forms/field';
import type { AccountFormState } from '@/lib/actions/accounts';
import { USER_ROLE_CHOICES } from '@/lib/labels';

export function AccountForm({
  action,
}: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {
    ok: false,
    message: null,
    fields: {},
    values: { email: '', name: '', role: 'analyst' },
  });
  return (
    <form action={formAction} className="mt-3 grid gap-4 sm:grid-cols-2" aria-label="New account">
      <div className="sm:col-span-2">
        {state.ok ? (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            {state.message}
          </p>
        ) : (
          <FormError message={state.message} />
        )}
      </div>
      <Field label="Email" error={state.fields.email}>
        {(props) => (
          <input
            {...props}
            name="email"
            type="email"
            required
            defaultValue={state.values.email}
            key={`e${state.values.email}`}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Name" error={state.fields.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            type="text"
            required
            defaultValue={state.values.name}
            key={`n${state.values.name}`}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        label="Password"
        error={state.fields.password}
        hint="At least 12 characters; tell it to the analyst in person"
      >
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Role" error={state.fields.role}>
        {(props) => (
          <select {...props} name="role" defaultValue={state.values.role} className={inputClass}>
            <ChoiceOptions choices={USER_ROLE_CHOICES} />
          </select>
        )}
      </Field>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Creating…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
