import { defineConfig } from '@playwright/test';

export const TEST_PORT = Number(process.env.PARLEY_TEST_PORT || 3100);
export const TEST_DATABASE = '.test-output/e2e-db/parley.db';

// Debian's Chromium: browser downloads are impossible here. The flags keep it from reaching
// for Google's hosts, which this machine's closed network refuses many at a time.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

// A test that adds or changes records says so in its name (`*.writes.test.ts`, `*.writes.spec.ts`):
// it runs after the read-only tests, so no record it makes shows up where another test counts.
const WRITING_API = 'api/**/*.writes.test.ts';
const WRITING_E2E = 'e2e/**/*.writes.spec.ts';

// A test that loads the server so that any test beside it would fail: it runs alone, at the end.
const LAST_TEST = 'api/sign-in-crowd.last.test.ts';

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Test accounts, made through `npm run user:create` once the server is up.
  globalSetup: './tests/global-setup.ts',
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: { baseURL: `http://127.0.0.1:${TEST_PORT}`, trace: 'off' },
  projects: [
    { name: 'api', testMatch: 'api/**/*.test.ts', testIgnore: [WRITING_API, LAST_TEST] },
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts', testIgnore: WRITING_E2E, use: chromium },
    { name: 'api-writes', testMatch: WRITING_API, dependencies: ['api', 'e2e'] },
    { name: 'e2e-writes', testMatch: WRITING_E2E, use: chromium, dependencies: ['api', 'e2e'] },
    { name: 'last', testMatch: LAST_TEST, dependencies: ['api-writes', 'e2e-writes'] },
  ],
  // `playwright test` does not build: `npm test` builds first. The server gets a fresh
  // database, migrated and seeded on start exactly as a user's first start would.
  webServer: {
    command: `node scripts/serve-for-tests.mjs`,
    url: `http://127.0.0.1:${TEST_PORT}/api/topics`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(TEST_PORT), DATABASE_PATH: TEST_DATABASE, NODE_ENV: 'production' },
  },
});
