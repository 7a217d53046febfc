// Run by tests/helpers/api-tokens.ts in a child process against the test server's database:
// makes accounts that are missing and personal API tokens through the real data layer, and prints
// them as one JSON line. Argument: JSON [{ email, name, role, revoke? }].
import { findAccount } from '@/db/queries/accounts';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { createAccount } from '@/lib/auth/accounts';

type Wanted = { email: string; name: string; role: 'analyst' | 'admin'; revoke?: boolean };

async function main() {
  const wanted = JSON.parse(process.argv[2]) as Wanted[];
  const minted: Record<string, string> = {};
  for (const [index, want] of wanted.entries()) {
    const account = (await findAccount({ email: want.email })) ?? (await createAccount({ email: want.email, name: want.name, role: want.role, password: `${want.email} password` }));
    const actor = { id: account.id, name: account.name };
    const { token, record } = await createApiToken({ userId: account.id, name: `test token ${index}`, actor });
    if (want.revoke) await revokeApiToken({ id: record.id, userId: account.id, actor });
    minted[String(index)] = token;
  }
  console.log(JSON.stringify(minted));
}

void main();
