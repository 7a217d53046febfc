// Personal API tokens. The token is shown once, at creation; only its SHA-256 is stored (a
// random 256-bit secret needs no slow hash: there is nothing to guess). A token acts as its
// owner with the owner's current role, so demoting or banning a user reaches their tokens too.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { writeTransaction, type ParleyDb } from '../connection';
import type { UserRole } from '../enums';
import { RecordNotFoundError } from '../errors';
import { apiTokens, users, type ApiToken } from '../schema';
import { getDb } from '../client';
import { writeRevision, type Actor } from './revisions';

/** What precedes every token, so a leaked one is recognisable (and findable by secret scanners). */
export const TOKEN_PREFIX = 'parley_';
/** How much of a token is kept in clear to tell tokens apart in a list: "parley_3fK9xQ2a". */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 8;
/** lastUsedAt is bookkeeping: written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenDTO = {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
export type TokenOwner = { tokenId: number; userId: string; name: string; role: UserRole };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toDTO(row: ApiToken): ApiTokenDTO {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** Creates a token for `userId`; the answer's `token` is the only time it exists in clear. */
export async function createApiToken({
  userId,
  name,
  actor,
  db = getDb(),
}: {
  userId: string;
  name: string;
  actor: Actor;
  db?: ParleyDb;
}): Promise<{ token: string; record: ApiTokenDTO }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = writeTransaction(db, (tx) => {
    const owner = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!owner) throw new RecordNotFoundError('user', userId);
    const inserted = tx
      .insert(apiTokens)
      .values({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN_LENGTH) })
      .returning()
      .get();
    writeRevision(tx, {
      entityType: 'api_token',
      entityId: inserted.id,
      action: 'create',
      actor,
      before: null,
      after: toDTO(inserted),
    });
    return inserted;
  });
  return { token, record: toDTO(row) };
}

/** The owner a live token acts for, or null for an unknown, revoked or banned one. */
export async function verifyApiToken({
  token,
  db = getDb(),
}: {
  token: string;
  db?: ParleyDb;
}): Promise<TokenOwner | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      name: users.name,
      role: users.role,
      banned: users.banned,
      banExpires: users.banExpires,
    })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  if (row.banned && (!row.banExpires || row.banExpires.getTime() > Date.now())) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    writeTransaction(db, (tx) =>
      tx.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, row.tokenId)).run(),
    );
  }
  return { tokenId: row.tokenId, userId: row.userId, name: row.name, role: row.role };
}

/** Revokes one of `userId`'s tokens; revoking twice keeps the first time. */
export async function revokeApiToken({
  id,
  userId,
  actor,
  db = getDb(),
}: {
  id: number;
  userId: string;
  actor: Actor;
  db?: ParleyDb;
}): Promise<ApiTokenDTO> {
  const row = writeTransaction(db, (tx) => {
    const current = tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
      .get();
    if (!current) throw new RecordNotFoundError('API token', id);
    if (current.revokedAt) return current;
    const revoked = tx
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(eq(apiTokens.id, id))
      .returning()
      .get();
    writeRevision(tx, {
      entityType: 'api_token',
      entityId: id,
      action: 'delete',
      actor,
      before: toDTO(current),
      after: toDTO(revoked),
    });
    return revoked;
  });
  return toDTO(row);
}

/** A user's tokens, newest first, revoked ones included (the account page shows them struck). */
export async function listApiTokens({
  userId,
  db = getDb(),
}: {
  userId: string;
  db?: ParleyDb;
}): Promise<ApiTokenDTO[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id)).all().map(toDTO);
}
