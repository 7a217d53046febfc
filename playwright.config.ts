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

// Tests that add or change records run after every test that asserts the seeded data exactly;
// name a new one `*.writes.test.ts` (API) or `*.writes.spec.ts` (browser).
const WRITING = ['api/writes.test.ts', 'api/**/*.writes.test.ts', 'e2e/event-form.spec.ts', 'e2e/admin.spec.ts', 'e2e/server-action-auth.spec.ts', 'e2e/**/*.writes.spec.ts'];

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
    { name: 'api', testMatch: 'api/**/*.test.ts', testIgnore: WRITING },
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts', testIgnore: WRITING, use: chromium },
    { name: 'writes', testMatch: WRITING, dependencies: ['api', 'e2e'], use: chromium },
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
