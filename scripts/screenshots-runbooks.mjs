// Screenshots of the runbooks (issue 15), from a running production server (default http://127.0.0.1:3000):
//   npm run build && SESSION_PASSWORD=… npm start &   then   node scripts/screenshots-runbooks.mjs
// `npm run screenshots` runs it too, after the others.
import { existsSync, mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from './chromium-args.mjs';

const base = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:3000';
const out = process.env.SCREENSHOT_DIR ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
const shot = async (name, options = {}) => {
  await page.screenshot({ path: `${out}/${name}.png`, ...options });
  console.log(`${out}/${name}.png`);
};

// A fresh sandbox, so the onboarding's catalog and group names are free.
await page.request.post(`${base}/api/sandbox/reset`, { data: {}, headers: { origin: base } });
await page.goto(`${base}/runbooks/onboard-team`);
await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
await page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
await page.getByRole('button', { name: 'Use the sandbox demo client' }).click();
await page
  .getByTestId('auth-status')
  .getByText(/expires in/)
  .waitFor();

// Mid-run: the first steps done, the delivery group's job in progress, the last ones pending.
await page.getByRole('button', { name: 'Run', exact: true }).click();
const group = page.locator('[data-testid=runbook-step][data-step-id=createGroup]');
await group
  .locator('[data-testid=runbook-job-status]', { hasText: 'InProgress' })
  .waitFor({ timeout: 60_000 });
// A full-page shot from the top, so the sticky header and sidebar sit where they belong.
await page.evaluate(() => window.scrollTo(0, 0));
await shot('runbook-running', { fullPage: true });

await page
  .getByTestId('runbook-run-status')
  .and(page.locator('[data-status=done]'))
  .waitFor({ timeout: 60_000 });
await page
  .locator('[data-step-id=powerOn]')
  .getByText(/^Request and response/)
  .click();
await shot('runbook', { fullPage: true });
await browser.close();
