// Screenshots of the comfort screens (dark mode home, command palette, keyboard shortcuts), from a
// running production server (default http://127.0.0.1:3000):
//   npm run build && SESSION_PASSWORD=… npm start &   then   node scripts/screenshots-comfort.mjs
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
// The system asks for dark: the app follows it (theme "System").
const page = await browser.newPage({
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: 'dark',
});
const shot = async (name) => {
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
};

await page.goto(`${base}/`);
await page.getByTestId('auth-status').waitFor();
await page.locator('html.dark').waitFor({ state: 'attached' });
await shot('dark-home');

await page.getByRole('button', { name: 'Command palette' }).waitFor();
await page.keyboard.press('Control+Shift+P');
const palette = page.getByRole('dialog', { name: 'Command palette' });
await palette.waitFor();
await palette.getByRole('combobox').fill('records');
await palette.getByRole('option', { name: /Get system log records/ }).waitFor();
await shot('command-palette');
await page.keyboard.press('Escape');
await palette.waitFor({ state: 'hidden' });

await page.keyboard.press('?');
await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
await shot('keyboard-shortcuts');

await browser.close();
