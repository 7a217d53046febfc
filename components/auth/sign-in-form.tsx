'use client';
import { useActionState } from 'react';
import { Field, FormError, buttonClass, inputClass } from '@/components/forms/field';
import type { SignInState } from '@/lib/actions/sign-in';

export function SignInForm({
  action,
  next,
}: {
  action: (state: SignInState, form: FormData) => Promise<SignInState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, email: '' });
  return (
    <form action={formAction} className="mt-4 max-w-sm space-y-4">
      <FormError message={state.error} />
      <input type="hidden" name="next" value={next} />
      <Field label="Email">
        {(props) => (
          <input
            {...props}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Password">
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
