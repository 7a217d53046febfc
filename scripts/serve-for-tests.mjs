// The production build on a fresh database, for the API and browser tests, served by the same
// server as `npm start` (scripts/server.ts). One trusted proxy hop lets a test speak for several
// clients through `X-Forwarded-For`; requests without it are the socket's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const database = process.env.DATABASE_PATH;
if (!database) throw new Error('DATABASE_PATH must be set for the test server');
fs.rmSync(path.dirname(database), { recursive: true, force: true });

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HOSTNAME: '127.0.0.1', PARLEY_TRUSTED_PROXIES: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
