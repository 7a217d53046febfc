'use server';
// Account management for admins. Each action checks the admin role itself before it writes, and
// only from a signed-in browser: better-auth's admin operations run on the session.
import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createAccount, setAccountDisabled } from '@/lib/auth/accounts';
import { requireSessionRole } from '@/lib/auth/session';
import { toAppError, type FieldErrors } from '@/lib/errors';

export type AccountFormState = { ok: boolean; message: string | null; fields: FieldErrors; values: { email: string; name: string; role: string } };

async function asAdmin(): Promise<{ id: string }> {
  try {
    return await requireSessionRole('admin');
  } catch (error) {
    if (toAppError(error).code === 'unauthorized') unauthorized();
    forbidden();
  }
}

export async function createAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  await asAdmin();
  const values = { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? ''), role: String(form.get('role') ?? 'analyst') };
  try {
    const account = await createAccount({ ...values, password: String(form.get('password') ?? '') });
    revalidatePath('/admin');
    return { ok: true, message: `Created ${account.role} account ${account.email}.`, fields: {}, values: { email: '', name: '', role: 'analyst' } };
  } catch (error) {
    const appError = toAppError(error);
    return { ok: false, message: appError.message, fields: appError.fields ?? {}, values };
  }
}

export async function setDisabledAction(userId: string, disabled: boolean): Promise<void> {
  const admin = await asAdmin();
  if (admin.id === userId) return;
  await setAccountDisabled({ userId, disabled, headers: await headers() });
  revalidatePath('/admin');
}
