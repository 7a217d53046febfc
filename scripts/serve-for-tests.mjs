// The production build on a fresh database, for the API and browser tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const database = process.env.DATABASE_PATH;
if (!database) throw new Error('DATABASE_PATH must be set for the test server');
fs.rmSync(path.dirname(database), { recursive: true, force: true });

const server = spawn('npx', ['next', 'start', '-p', process.env.PORT, '-H', '127.0.0.1'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
