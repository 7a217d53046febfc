// Run by tests/helpers/api-tokens.ts in a child process against the test server's database:
// makes accounts that are missing and personal API tokens through the real data layer, and prints
// them as one JSON line. Argument: JSON [{ email, name, role, tokenName?, revoke?, passwordless? }].
// A passwordless account (one that only stands as the target of an admin's action) is inserted
// without better-auth's deliberately slow password hashing.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { findAccount, type AccountDTO } from '@/db/queries/accounts';
import { users } from '@/db/schema';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { createAccount } from '@/lib/auth/accounts';

type Wanted = {
  email: string;
  name: string;
  role: 'analyst' | 'admin';
  tokenName?: string;
  revoke?: boolean;
  passwordless?: boolean;
};

async function newAccount(want: Wanted): Promise<AccountDTO> {
  if (!want.passwordless)
    return createAccount({ email: want.email, name: want.name, role: want.role, password: `${want.email} password` });
  const now = new Date();
  const id = randomUUID();
  getDb()
    .insert(users)
    .values({ id, email: want.email, name: want.name, role: want.role, createdAt: now, updatedAt: now })
    .run();
  return { id, email: want.email, name: want.name, role: want.role, disabled: false };
}

async function main() {
  const wanted = JSON.parse(process.argv[2]) as Wanted[];
  const minted: { token: string; tokenId: number; userId: string }[] = [];
  for (const want of wanted) {
    const account = (await findAccount({ email: want.email })) ?? (await newAccount(want));
    const actor = { id: account.id, name: account.name };
    const { token, record } = await createApiToken({ userId: account.id, name: want.tokenName ?? 'test token', actor });
    if (want.revoke) await revokeApiToken({ id: record.id, userId: account.id, actor });
    minted.push({ token, tokenId: record.id, userId: account.id });
  }
  console.log(JSON.stringify(minted));
}

void main();
