import 'server-only';
// The role check of the actions only a signed-in browser may run (accounts, API tokens), answered
// as Next's auth interrupts: no session is a 401, a token or a lesser role a 403.
import { forbidden, unauthorized } from 'next/navigation';
import type { UserRole } from '@/db/enums';
import { requireSessionRole, type Viewer } from '@/lib/auth/session';
import { toAppError } from '@/lib/errors';

export async function sessionRoleOrInterrupt(role: UserRole): Promise<Viewer> {
  try {
    return await requireSessionRole(role);
  } catch (error) {
    if (toAppError(error).code === 'unauthorized') unauthorized();
    forbidden();
  }
}
