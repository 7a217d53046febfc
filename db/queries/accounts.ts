// Reading accounts for the admin page and the account-creation command; better-auth writes them.
import { asc, eq } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import type { UserRole } from '../enums';
import { users } from '../schema';
import { getDb } from '../client';

export type AccountDTO = { id: string; email: string; name: string; role: UserRole; disabled: boolean };

function toDTO(row: typeof users.$inferSelect): AccountDTO {
  return { id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.banned };
}

export async function listAccounts({ db = getDb() }: { db?: ParleyDb } = {}): Promise<AccountDTO[]> {
  return db.select().from(users).orderBy(asc(users.email)).all().map(toDTO);
}

/** One account, by email or by id. */
export async function findAccount({
  db = getDb(),
  ...key
}: ({ email: string } | { id: string }) & { db?: ParleyDb }): Promise<AccountDTO | null> {
  const row = db
    .select()
    .from(users)
    .where('email' in key ? eq(users.email, key.email.trim().toLowerCase()) : eq(users.id, key.id))
    .get();
  return row ? toDTO(row) : null;
}
