import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from '@/db/queries/api-tokens';
import { listRevisions } from '@/db/queries/revisions';
import { apiTokens, users } from '@/db/schema';
import { useTemporaryDatabase } from '../helpers/db';

let db: ParleyDb;
const analyst = { id: 'user-analyst', name: 'Constant Méheut' };
const other = { id: 'user-other', name: 'Other Analyst' };

beforeAll(async () => {
  db = await useTemporaryDatabase({ seed: false });
  const now = new Date();
  db.insert(users)
    .values([
      {
        id: analyst.id,
        name: analyst.name,
        email: 'analyst@parley.test',
        role: 'analyst',
        createdAt: now,
        updatedAt: now,
      },
      { id: other.id, name: other.name, email: 'other@parley.test', role: 'admin', createdAt: now, updatedAt: now },
    ])
    .run();
});

describe('personal API tokens', () => {
  test('create shows the token once and stores only a hash', async () => {
    const { token, record } = await createApiToken({ userId: analyst.id, name: 'My script', actor: analyst, db });
    expect(token).toMatch(/^parley_[\w-]{43}$/);
    expect(token.startsWith(record.prefix)).toBe(true);
    const stored = db.select().from(apiTokens).where(eq(apiTokens.id, record.id)).get()!;
    expect(stored.tokenHash).not.toContain(token.slice(7));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await listApiTokens({ userId: analyst.id, db }))).not.toContain(token);
    const [revision] = await listRevisions({ entityType: 'api_token', entityId: record.id, db });
    expect(revision).toMatchObject({ action: 'create', actorName: analyst.name });
    expect(JSON.stringify(revision)).not.toContain(token);
  });

  test('verify answers the owner with their current role, and records the use', async () => {
    const { token, record } = await createApiToken({ userId: analyst.id, name: 'Verify me', actor: analyst, db });
    expect(await verifyApiToken({ token, db })).toEqual({
      tokenId: record.id,
      userId: analyst.id,
      name: analyst.name,
      role: 'analyst',
    });
    expect(
      (await listApiTokens({ userId: analyst.id, db })).find((t) => t.id === record.id)!.lastUsedAt,
    ).not.toBeNull();
    db.update(users).set({ role: 'admin' }).where(eq(users.id, analyst.id)).run();
    expect((await verifyApiToken({ token, db }))!.role).toBe('admin');
    db.update(users).set({ role: 'analyst' }).where(eq(users.id, analyst.id)).run();
  });

  test('unknown, altered and foreign-looking tokens do not verify', async () => {
    const { token } = await createApiToken({ userId: analyst.id, name: 'Altered', actor: analyst, db });
    expect(await verifyApiToken({ token: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, db })).toBeNull();
    expect(await verifyApiToken({ token: 'parley_nothing', db })).toBeNull();
    expect(await verifyApiToken({ token: 'Bearer something', db })).toBeNull();
  });

  test('a revoked token no longer verifies; only its owner can revoke it', async () => {
    const { token, record } = await createApiToken({ userId: analyst.id, name: 'Revoke me', actor: analyst, db });
    await expect(revokeApiToken({ id: record.id, userId: other.id, actor: other, db })).rejects.toThrow(/No API token/);
    expect(await verifyApiToken({ token, db })).not.toBeNull();
    const revoked = await revokeApiToken({ id: record.id, userId: analyst.id, actor: analyst, db });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await verifyApiToken({ token, db })).toBeNull();
    expect((await revokeApiToken({ id: record.id, userId: analyst.id, actor: analyst, db })).revokedAt).toBe(
      revoked.revokedAt,
    );
  });

  test('a banned owner’s tokens do not verify', async () => {
    const { token } = await createApiToken({ userId: other.id, name: 'Banned', actor: other, db });
    db.update(users).set({ banned: true }).where(eq(users.id, other.id)).run();
    expect(await verifyApiToken({ token, db })).toBeNull();
    db.update(users).set({ banned: false }).where(eq(users.id, other.id)).run();
    expect(await verifyApiToken({ token, db })).not.toBeNull();
  });
});
