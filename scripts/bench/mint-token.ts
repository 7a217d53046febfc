// Run by the bench against its own temporary database (DATABASE_PATH): an analyst account and a
// personal API token, made through the same code as `npm run user:create` and the account page,
// printed as the header the bench's writes send.
import { createApiToken } from '@/db/queries/api-tokens';
import { createAccount } from '@/lib/auth/accounts';
import { runCli } from '../cli';

runCli(async () => {
  const account = await createAccount({
    email: 'bench@parley.invalid',
    name: 'Benchmark analyst',
    role: 'analyst',
    password: 'benchmark analyst password',
  });
  const { token } = await createApiToken({
    userId: account.id,
    name: 'npm run bench',
    actor: { id: account.id, name: account.name },
  });
  console.log(`Authorization: Bearer ${token}`);
});
