import { defineConfig } from '@playwright/test';

export const TEST_PORT = Number(process.env.PARLEY_TEST_PORT || 3100);
export const TEST_DATABASE = '.test-output/e2e-db/parley.db';

// Debian's Chromium: browser downloads are impossible here. The flags keep it from reaching
// for Google's hosts, which this machine's closed network refuses many at a time.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

const WRITING_TESTS = [
  'api/writes.test.ts',
  'api/authorisation-matrix.test.ts',
  'api/bypass-and-cross-site.test.ts',
  'api/write-hostile-input.test.ts',
  'e2e/admin.spec.ts',
  'e2e/event-form.spec.ts',
  'e2e/round-entry.spec.ts',
  'e2e/server-action-auth.spec.ts',
  'e2e/account.spec.ts',
  'e2e/stored-markup.spec.ts',
  'api/imports.writes.test.ts',
  'e2e/import.writes.spec.ts',
  'api/page-cache.writes.test.ts',
  'api/claims.writes.test.ts',
  'api/readouts.writes.test.ts',
  'e2e/readouts.writes.spec.ts',
  'e2e/said.writes.spec.ts',
  'api/revalidation.writes.test.ts',
  'e2e/claim-forms.spec.ts',
];

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
  // Tests that add records run after those that assert the seeded facts (who is listed, how
  // many, what an export holds), so that no generated record shows up where another test counts.
  projects: [
    { name: 'api', testMatch: 'api/**/*.test.ts', testIgnore: [...WRITING_TESTS, LAST_TEST] },
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts', testIgnore: WRITING_TESTS, use: chromium },
    { name: 'api-writes', testMatch: WRITING_TESTS.filter((file) => file.startsWith('api/')), dependencies: ['api', 'e2e'] },
    { name: 'e2e-writes', testMatch: WRITING_TESTS.filter((file) => file.startsWith('e2e/')), use: chromium, dependencies: ['api', 'e2e'] },
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
