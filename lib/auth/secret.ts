// The signing secret is made once and kept in the data folder beside the database, so a fresh
// install needs no hand-made .env and a restart keeps every session valid.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function authSecret(databasePath: string): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(path.dirname(databasePath), 'auth-secret');
  try {
    // 'wx' fails if another process wrote it first; then that one is read below.
    fs.writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString('base64url'), {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
}
