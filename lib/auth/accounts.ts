import 'server-only';
// Creating and disabling accounts: used by `npm run user:create` and the admin page. Callers
// check the admin role themselves; these run better-auth's admin operations as the server.
import { z } from 'zod';
import { USER_ROLES } from '@/db/enums';
import { AppError, invalidInput } from '@/lib/errors';
import { findAccount, type AccountDTO } from '@/db/queries/accounts';
import { getAuth } from './server';

export const accountSchema = z.object({
  email: z.email('must be an email address such as analyst@example.org').max(254, 'is longer than 254 characters'),
  name: z.string().trim().min(1, 'is required').max(120, 'is longer than 120 characters'),
  password: z.string().min(12, 'must be at least 12 characters').max(256, 'is longer than 256 characters'),
  role: z.enum(USER_ROLES, { message: `must be one of ${USER_ROLES.join(', ')}` }),
});
export async function createAccount(input: unknown): Promise<AccountDTO> {
  const parsed = accountSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { email, name, password, role } = parsed.data;
  if (await findAccount({ email }))
    throw new AppError('conflict', `An account for ${email} already exists`, { email: 'already has an account' });
  const { user } = await getAuth().api.createUser({ body: { email: email.toLowerCase(), name, password, role } });
  return { id: user.id, email: user.email, name: user.name, role, disabled: false };
}

/** Disables or re-enables an account; disabling also ends its sessions. */
export async function setAccountDisabled({
  userId,
  disabled,
  headers,
}: {
  userId: string;
  disabled: boolean;
  headers: Headers;
}): Promise<void> {
  const auth = getAuth();
  if (disabled) await auth.api.banUser({ body: { userId, banReason: 'Disabled by an administrator' }, headers });
  else await auth.api.unbanUser({ body: { userId }, headers });
}
