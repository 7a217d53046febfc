// `npm run user:create -- --email a@b.org --password '…' --role analyst [--name 'A. Analyst']`
import { parseArgs } from 'node:util';
import { resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string', default: 'analyst' }, name: { type: 'string' } },
    strict: true,
  });
  const { createAccount } = await import('@/lib/auth/accounts');
  const { prepareDatabase } = await import('@/db/bootstrap');
  await prepareDatabase({ ...process.env, PARLEY_SEED: 'off' });
  try {
    const account = await createAccount({ ...values, name: values.name ?? values.email?.split('@')[0] });
    console.log(`Created ${account.role} ${account.email} in ${resolveDatabasePath()}`);
  } catch (error) {
    const { toAppError } = await import('@/lib/errors');
    const appError = toAppError(error);
    const detail = appError.fields ? Object.entries(appError.fields).map(([field, message]) => `--${field} ${message}`).join('; ') : appError.message;
    throw new Error(detail);
  }
});
