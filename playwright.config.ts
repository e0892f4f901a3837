import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/server/chromium';

// Browser tests run against an app that is already up (scripts/test.sh builds and starts it and
// sets FACTDESK_TEST_URL), in Debian's Chromium: Playwright cannot download its own browser here.
const baseURL = process.env.FACTDESK_TEST_URL ?? 'http://127.0.0.1:3000';

// Fixtures make their users with the data layer's own functions (integration/support/test-users.ts),
// which are server-only: the workers load them under the react-server condition, as Next does.
if (!process.env.NODE_OPTIONS?.includes('--conditions=react-server')) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--conditions=react-server'].filter(Boolean).join(' ');
}

export default defineConfig({
  testDir: 'e2e/browser',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One app server and one database for the whole run, on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/report.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
});
