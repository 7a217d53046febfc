// Accounts for the API and browser tests, made by `npm run user:create` against the test server's
// database, and a signed-in browser state for each, so that tests do not all sign in (each
// sign-in is a deliberately slow scrypt verification).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { request, type FullConfig } from '@playwright/test';
import { TEST_DATABASE } from '../playwright.config';
import { ACCOUNTS, storageStateFor } from './helpers/accounts';

function createAccount(account: (typeof ACCOUNTS)[keyof typeof ACCOUNTS]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        'tsx',
        '--conditions=react-server',
        'scripts/user-create.ts',
        '--email',
        account.email,
        '--role',
        account.role,
        '--name',
        account.name,
      ],
      {
        env: { ...process.env, DATABASE_PATH: TEST_DATABASE },
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    child.stdin.end(`${account.password}\n`);
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`user:create ${account.email} failed: ${errors}`)),
    );
  });
}

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  await Promise.all(Object.values(ACCOUNTS).map(createAccount));
  fs.mkdirSync('.test-output/auth', { recursive: true });
  for (const [key, account] of Object.entries(ACCOUNTS)) {
    if (key === 'signIn') continue;
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/auth/sign-in/email', {
      data: { email: account.email, password: account.password },
    });
    if (!response.ok())
      throw new Error(`cannot sign in ${account.email}: ${response.status()} ${await response.text()}`);
    await context.storageState({ path: storageStateFor(key as keyof typeof ACCOUNTS) });
    await context.dispose();
  }
}
