'use server';
// Account management for admins. Each action checks the admin role itself before it writes, and
// only from a signed-in browser: better-auth's admin operations run on the session.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { createAccount, setAccountDisabled } from '@/lib/auth/accounts';
import { toAppError, type FieldErrors } from '@/lib/errors';
import { sessionRoleOrInterrupt } from './session-role';

export type AccountFormState = {
  ok: boolean;
  message: string | null;
  fields: FieldErrors;
  values: { email: string; name: string; role: string };
};

export async function createAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  await sessionRoleOrInterrupt('admin');
  const values = {
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? ''),
    role: String(form.get('role') ?? 'analyst'),
  };
  try {
    const account = await createAccount({ ...values, password: String(form.get('password') ?? '') });
    revalidatePath('/admin');
    return {
      ok: true,
      message: `Created ${account.role} account ${account.email}.`,
      fields: {},
      values: { email: '', name: '', role: 'analyst' },
    };
  } catch (error) {
    const appError = toAppError(error);
    return { ok: false, message: appError.message, fields: appError.fields ?? {}, values };
  }
}

export async function setDisabledAction(userId: string, disabled: boolean): Promise<void> {
  const admin = await sessionRoleOrInterrupt('admin');
  if (admin.id === userId) return;
  await setAccountDisabled({ userId, disabled, headers: await headers() });
  revalidatePath('/admin');
}
