import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';

/**
 * The header carries region, profile, session and two buttons: on a laptop or a projector
 * (1024 px) it used to push the page sideways. Below `lg` it may wrap onto a second row.
 */
const WIDTHS = [390, 768, 1024, 1280, 1440];

async function overflow(page: Page) {
  return page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

test('no page is wider than the window, signed out or signed in', async ({ page }) => {
  await page.goto('/apis/systemlog/GetRecords');
  for (const signedIn of [false, true]) {
    if (signedIn) await new AuthFlow(page).useDemoClient();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const measured = await overflow(page);
      expect(measured.page, `${signedIn ? 'signed in' : 'signed out'} at ${width} px`).toBeLessThanOrEqual(
        measured.viewport,
      );
    }
  }
  // Between lg and xl the header is one row: its controls keep their names for assistive technology.
  await page.setViewportSize({ width: 1024, height: 800 });
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Citrix Cloud API Explorer' })).toBeVisible();
  await expect(banner.getByRole('combobox', { name: 'Region' })).toBeVisible();
  await expect(banner.getByRole('combobox', { name: 'Profile' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(57);
});
