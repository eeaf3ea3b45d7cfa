// Takes the README's screenshots from a running app (default http://127.0.0.1:3000):
//   npm run build && SESSION_PASSWORD=… npm start &   then   npm run screenshots
import { existsSync, mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from './chromium-args.mjs';

const base = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:3000';
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
const shot = async (name) => {
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
};

await page.goto(`${base}/`);
await page.getByTestId('auth-status').waitFor();
await shot('home');

await page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
await page.getByRole('dialog', { name: 'Set Authentication' }).waitFor();
await shot('set-authentication');
await page.getByRole('button', { name: 'Use the sandbox demo client' }).click();
await page
  .getByTestId('auth-status')
  .getByText(/expires in/)
  .waitFor();

await page.goto(`${base}/token`);
await page.getByRole('region', { name: 'JWT claims' }).waitFor();
await shot('token');

if (process.env.SCREENSHOT_OPERATION !== 'skip') {
  await page.goto(`${base}/apis/systemlog`);
  await shot('service');
  const operation = page.getByRole('link', { name: /records/i }).first();
  if (await operation.count()) {
    await operation.click();
    await page.getByRole('button', { name: 'Invoke API' }).click();
    // The form loads on demand: wait for it, send, and wait for the answer.
    const send = page.getByRole('button', { name: 'Send' });
    await send.waitFor();
    await page.getByLabel('Limit').fill('3');
    await send.click();
    await page.getByTestId('response-status').waitFor();
    await page.getByRole('region', { name: 'Response', exact: true }).scrollIntoViewIfNeeded();
    await shot('invoke');
  }
  // The team screens: history of the calls just made, and settings with profiles and demo mode.
  await page.goto(`${base}/history`);
  await page
    .getByTestId('auth-status')
    .getByText(/expires in/)
    .waitFor();
  await shot('history');
  await page.goto(`${base}/settings`);
  await page
    .getByTestId('auth-status')
    .getByText(/expires in/)
    .waitFor();
  await page
    .getByText(/expires in \d/)
    .nth(1)
    .waitFor();
  await shot('settings');
}

// The features of the sandbox-wide work: the Monitor query builder with a ready query, the support
// bundle of the calls made above, and an imported WEM-shaped document answered by the sandbox.
if (process.env.SCREENSHOT_OPERATION !== 'skip') {
  await page.goto(`${base}/monitor/query`);
  await page.getByRole('button', { name: /Who logged on slowly today/ }).click();
  await page.getByRole('table').first().waitFor();
  await shot('monitor-query');

  await page.goto(`${base}/history`);
  await page.getByRole('checkbox', { name: 'Select every call shown' }).check();
  await page.getByRole('button', { name: 'Export support bundle' }).click();
  await page
    .getByText(/Citrix-TransactionId/)
    .first()
    .waitFor();
  await shot('support-bundle');

  await page.goto(`${base}/import`);
  await page.locator('input[type="file"]').setInputFiles('lib/import/testdata/wem-machines.yaml');
  await page
    .getByRole('link', { name: /^Open / })
    .first()
    .click();
  await page.getByPlaceholder('Filter operations').fill('Query machine');
  await page.getByTestId('imported-operation-list').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Invoke API' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('response-status').waitFor();
  await page.getByRole('region', { name: 'Response', exact: true }).scrollIntoViewIfNeeded();
  await shot('imported-on-sandbox');
}

// A phone (390 × 844), signed in with the same session: the home page and an operation's form.
const phone = page;
await phone.setViewportSize({ width: 390, height: 844 });
const phoneShot = async (name) => {
  await phone.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
};
await phone.goto(`${base}/`);
await phone.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
await phoneShot('phone-home');
await phone.getByRole('button', { name: 'Menu' }).click();
await phoneShot('phone-menu');
await phone.goto(`${base}/token`);
await phone.getByRole('region', { name: 'JWT claims' }).waitFor();
await phoneShot('phone-token');
await browser.close();
