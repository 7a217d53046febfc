// `npm run user:create -- --email a@b.org --role analyst [--name 'A. Analyst']`, then the password
// typed when asked (not shown) or piped on standard input.
import { parseArgs } from 'node:util';
import { resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';
import { readPassword } from './read-password';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'analyst' },
      name: { type: 'string' },
    },
    strict: true,
  });
  // Still recognised, so that it is refused in words rather than as an unknown option.
  if (values.password !== undefined)
    throw new Error(
      '--password is not taken on the command line, where npm prints it: type the password when asked, or pipe it on standard input',
    );
  const password = await readPassword();
  const { createAccount } = await import('@/lib/auth/accounts');
  const { prepareDatabase } = await import('@/db/bootstrap');
  await prepareDatabase({ ...process.env, PARLEY_SEED: 'off' });
  try {
    const account = await createAccount({ ...values, password, name: values.name ?? values.email?.split('@')[0] });
    console.log(`Created ${account.role} ${account.email} in ${resolveDatabasePath()}`);
  } catch (error) {
    const { toAppError } = await import('@/lib/errors');
    const appError = toAppError(error);
    const detail = appError.fields
      ? Object.entries(appError.fields)
          .map(([field, message]) => `--${field} ${message}`)
          .join('; ')
      : appError.message;
    throw new Error(detail);
  }
});
