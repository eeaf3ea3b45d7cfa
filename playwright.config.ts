import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { BASE_URL, SERVER_ENV } from './e2e/test-env';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';

/** Debian's Chromium where present (no browser download on machines without internet), else Playwright's own. */
function systemChromium(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

const executablePath = systemChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous for a busy 2-core machine (axe scans of large pages, several servers); expectations keep their own.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]]
    : [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // The production build, started by a wrapper that keeps its stdout/stderr for the leak sweep.
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: SERVER_ENV,
  },
});
