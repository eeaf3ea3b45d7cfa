import type { Page, Route } from '@playwright/test';

import { AuthFlow } from './pages/auth';
import { expect, test } from './fixtures';

/**
 * The controls that show browser-only state (session badge, profile picker, theme, imported
 * documents) and the search box's results load after the page's first JavaScript. These tests hold
 * those late chunks back to show what a person sees meanwhile and that nothing is lost.
 */

/** Holds every script chunk requested from now on until `release()` is called. */
async function holdLateChunks(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route('**/_next/static/chunks/**', async (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    count: () => held.length,
    async release() {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

test('the server draws placeholders for the browser-state controls, and the page holds no hydration error', async ({ page }) => {
  // Without JavaScript the page is the server's HTML alone: the placeholders, not the controls.
  const html = await (await page.request.get('/apis/systemlog/GetRecords')).text();
  expect(html).toContain('Checking…');
  expect(html).not.toContain('data-testid="profile-switcher"');
  expect(html).not.toContain('data-testid="auth-status"');

  // In the browser they render right after the page (the fixture waits for html[data-hydrated]).
  await page.goto('/apis/systemlog/GetRecords');
  await expect(page.getByTestId('auth-status')).toHaveText('Not authenticated');
  await expect(page.getByTestId('profile-switcher')).toBeEnabled();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio')).toHaveCount(3);
});

test('a page that fetched the session and the profiles itself still renders the header controls (no mismatch)', async ({ page }) => {
  // /settings asks for the profiles before the header's picker has loaded: the picker must take
  // the fetched data, not trip over it (the pageErrors fixture fails on any uncaught error).
  await page.goto('/');
  await new AuthFlow(page).useDemoClient();
  await page.goto('/settings');
  await expect(page.getByTestId('profile-switcher')).toBeEnabled();
  await expect(page.getByTestId('auth-status')).toContainText(/expires in \d{2}:\d{2}/);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('Enter pressed before the search results have loaded opens the best match once they do', async ({ page }) => {
  await page.goto('/');
  const chunks = await holdLateChunks(page);
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search APIs' });
  await expect(search).toBeFocused();
  await page.keyboard.type('GetRecords');
  await page.keyboard.press('Enter');
  // The results' code is still held: nothing is shown yet, and what was typed stays.
  await expect.poll(() => chunks.count()).toBeGreaterThan(0);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveCount(0);
  await expect(search).toHaveValue('GetRecords');
  await expect(page).toHaveURL(/\/$/);
  await chunks.release();
  await expect(page).toHaveURL(/\/apis\/systemlog\/GetRecords$/);
});
