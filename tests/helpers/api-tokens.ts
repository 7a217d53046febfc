// Personal API tokens for the API tests, made through the real data layer in the test server's
// database (the account page makes them the same way; its browser test covers the page itself).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TEST_DATABASE } from '../../playwright.config';

const ROOT = path.resolve(__dirname, '../..');

export type WantedToken = {
  email: string;
  name: string;
  role: 'analyst' | 'admin';
  tokenName?: string;
  revoke?: boolean;
  passwordless?: boolean;
};
export type MintedToken = { token: string; tokenId: number; userId: string };

/** One token per wanted entry, in order; accounts that do not exist yet are created first. */
export function mintTokens(wanted: WantedToken[]): MintedToken[] {
  const output = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/mint-tokens.ts', JSON.stringify(wanted)],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: TEST_DATABASE },
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as MintedToken[];
}
