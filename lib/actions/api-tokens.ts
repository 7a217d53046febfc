'use server';
// Personal API tokens on the account page. Each action checks the role itself, and only a
// signed-in browser may manage tokens: a leaked token cannot mint more.
import { notFound } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { RecordNotFoundError } from '@/db/errors';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { invalidInput, toAppError, type FieldErrors } from '@/lib/errors';
import { apiTokenNameSchema } from '@/lib/validation/api-tokens';
import { sessionRoleOrInterrupt } from './session-role';

export type TokenFormState = { token: string | null; name: string; message: string | null; fields: FieldErrors };

export async function createTokenAction(_previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const viewer = await sessionRoleOrInterrupt('analyst');
  const name = String(form.get('name') ?? '');
  try {
    const parsed = apiTokenNameSchema.safeParse({ name });
    if (!parsed.success) throw invalidInput(parsed.error);
    const { token } = await createApiToken({ userId: viewer.id, name: parsed.data.name, actor: viewer });
    revalidatePath('/account');
    return { token, name: parsed.data.name, message: null, fields: {} };
  } catch (error) {
    const appError = toAppError(error);
    return { token: null, name, message: appError.message, fields: appError.fields ?? {} };
  }
}

/** Another account's token, like one that does not exist, answers 404: nothing says which it was. */
export async function revokeTokenAction(id: number): Promise<void> {
  const viewer = await sessionRoleOrInterrupt('analyst');
  try {
    await revokeApiToken({ id, userId: viewer.id, actor: viewer });
  } catch (error) {
    if (error instanceof RecordNotFoundError) notFound();
    throw error;
  }
  revalidatePath('/account');
}
