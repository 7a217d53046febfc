import 'server-only';
// Who is asking, and may they write? Every write path calls `requireRole` itself, at the point of
// the write: Server Actions and route handlers are public endpoints, so a check in a page or in
// middleware alone protects nothing. A request is signed in by its session cookie, or by a
// personal API token in `Authorization: Bearer …`, which acts as its owner with the owner's role
// of the moment (a disabled account's tokens stop working).
import { headers } from 'next/headers';
import type { UserRole } from '@/db/enums';
import { findAccount } from '@/db/queries/accounts';
import { verifyApiToken } from '@/db/queries/api-tokens';
import type { Actor } from '@/db/queries/revisions';
import { AppError } from '@/lib/errors';
import { refuseCrossSite } from './origin';
import { getAuth } from './server';

/** `via` says how the request proved who it is: a browser's session cookie or an API token. */
export type Viewer = Actor & { id: string; email: string; role: UserRole; via: 'session' | 'token' };

const RANK: Record<UserRole, number> = { analyst: 1, admin: 2 };
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

function isRole(value: unknown): value is UserRole {
  return value === 'analyst' || value === 'admin';
}

async function tokenViewer(authorization: string): Promise<Viewer | null> {
  const token = BEARER.exec(authorization)?.[1];
  const owner = token ? await verifyApiToken({ token }) : null;
  const account = owner ? await findAccount({ id: owner.userId }) : null;
  if (!owner || !account || account.disabled) return null;
  return {
    id: owner.userId,
    name: owner.name,
    tokenId: owner.tokenId,
    email: account.email,
    role: isRole(owner.role) ? owner.role : 'analyst',
    via: 'token',
  };
}

async function viewerFrom(requestHeaders: Headers): Promise<Viewer | null> {
  // A request that names a token is judged by that token alone: a bad one never falls back to a cookie.
  const authorization = requestHeaders.get('authorization');
  if (authorization !== null) return tokenViewer(authorization);
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session || session.user.banned) return null;
  const role = isRole(session.user.role) ? session.user.role : 'analyst';
  return { id: session.user.id, name: session.user.name, email: session.user.email, role, via: 'session' };
}

/** The signed-in account, or null for a reader. Disabled accounts have no session and no tokens. */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerFrom(await headers());
}

/**
 * The viewer if they hold `role` or a higher one; otherwise a 401 (not signed in) or 403. A
 * write carried by a session cookie must also come from this site's own pages (see ./origin); a
 * token is sent by a script, and no other site can make a browser send it.
 */
export async function requireRole(role: UserRole): Promise<Viewer> {
  const requestHeaders = await headers();
  const viewer = await viewerFrom(requestHeaders);
  if (!viewer && requestHeaders.has('authorization'))
    throw new AppError(
      'unauthorized',
      'This API token is not valid: it is unknown or revoked, or its account is disabled.',
    );
  if (!viewer) throw new AppError('unauthorized', 'Sign in to make changes.');
  if (viewer.via === 'session') refuseCrossSite(requestHeaders);
  if (RANK[viewer.role] < RANK[role]) throw new AppError('forbidden', `This needs the ${role} role.`);
  return viewer;
}

/** `requireRole` for what only a signed-in browser may do (accounts, tokens): a token is refused, so a leaked one cannot mint more or promote anyone. */
export async function requireSessionRole(role: UserRole): Promise<Viewer> {
  const viewer = await requireRole(role);
  if (viewer.via !== 'session')
    throw new AppError(
      'forbidden',
      'Accounts and API tokens are managed from a signed-in browser, not with an API token.',
    );
  return viewer;
}
