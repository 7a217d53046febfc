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

export async function findAccount({ email, db = getDb() }: { email: string; db?: ParleyDb }): Promise<AccountDTO | null> {
  const row = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row ? toDTO(row) : null;
}
