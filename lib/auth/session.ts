import 'server-only';
// Who is asking, and may they write? Every write path calls `requireRole` itself, at the point of
// the write: Server Actions and route handlers are public endpoints, so a check in a page or in
// middleware alone protects nothing.
import { headers } from 'next/headers';
import type { UserRole } from '@/db/enums';
import type { Actor } from '@/db/queries/revisions';
import { AppError } from '@/lib/errors';
import { getAuth } from './server';

export type Viewer = Actor & { id: string; email: string; role: UserRole };

const RANK: Record<UserRole, number> = { analyst: 1, admin: 2 };

function isRole(value: unknown): value is UserRole {
  return value === 'analyst' || value === 'admin';
}

/** The signed-in account, or null for a reader. Disabled accounts have no session. */
export async function currentViewer(): Promise<Viewer | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session || session.user.banned) return null;
  const role = isRole(session.user.role) ? session.user.role : 'analyst';
  return { id: session.user.id, name: session.user.name, email: session.user.email, role };
}

/** The viewer if they hold `role` or a higher one; otherwise a 401 (no session) or 403. */
export async function requireRole(role: UserRole): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw new AppError('unauthorized', 'Sign in to make changes.');
  if (RANK[viewer.role] < RANK[role]) throw new AppError('forbidden', `This needs the ${role} role.`);
  return viewer;
}
