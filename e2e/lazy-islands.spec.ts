import type { Page, Route } from '@playwright/test';

import { scriptSources } from '../scripts/bench/first-load-js.mjs';
import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';

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

/** Every script chunk but those the HTML of `path` names fails, as after a new deployment replaced them. */
async function failLateChunks(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const firstLoad = new Set(scriptSources(html).map((src) => new URL(src, 'http://x').pathname));
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?.*)?$/, (route) =>
    firstLoad.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort(),
  );
}

test('the server draws placeholders for the browser-state controls, and the page holds no hydration error', async ({
  page,
}) => {
  // Without JavaScript the page is the server's HTML alone: the placeholders, not the controls.
  const html = await (await page.request.get('/apis/systemlog/GetRecords')).text();
  expect(html).toContain('Checking…');
  expect(html).toMatch(/<button[^>]*disabled[^>]*>Set Authentication<\/button>/);
  expect(html).not.toContain('data-testid="profile-switcher"');

  // In the browser they render right after the page (the fixture waits for html[data-hydrated]).
  await page.goto('/apis/systemlog/GetRecords');
  await expect(page.getByTestId('auth-status')).toHaveText('Not authenticated');
  await expect(page.getByTestId('profile-switcher')).toBeEnabled();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio')).toHaveCount(3);
});

test('a page that fetched the session and the profiles itself still renders the header controls (no mismatch)', async ({
  page,
}) => {
  // /settings asks for the profiles itself, usually before the header's picker has loaded: hydrating
  // the picker then (rather than rendering it) was a React error #418, which the pageErrors
  // fixture fails on.
  await page.goto('/');
  await new AuthFlow(page).useDemoClient();
  await page.goto('/settings');
  await expect(page.getByTestId('profile-switcher')).toBeEnabled();
  await expect(page.getByTestId('auth-status')).toContainText(/expires in \d{2}:\d{2}/);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('Enter pressed before the search results have loaded opens the best match once they do', async ({
  page,
}) => {
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

test('typing on after Enter cancels it: the results arrive and nothing opens', async ({ page }) => {
  await page.goto('/');
  const chunks = await holdLateChunks(page);
  await page.keyboard.press('/');
  await page.keyboard.type('Get');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Records');
  await expect.poll(() => chunks.count()).toBeGreaterThan(0);
  await chunks.release();
  await expect(
    page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Get system log records/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('combobox', { name: 'Search APIs' })).toHaveValue('GetRecords');
});

test('when the late code cannot be fetched, the placeholders stay, search says so, and the page keeps working', async ({
  page,
}) => {
  await failLateChunks(page, '/apis/systemlog/GetRecords');
  await page.goto('/apis/systemlog/GetRecords');
  await expect(page.getByRole('banner').getByText('Checking…')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Set Authentication' })).toBeDisabled();
  await page.keyboard.press('/');
  await page.keyboard.type('records');
  await expect(page.getByRole('status').filter({ hasText: 'Search could not load' })).toBeVisible();
  // The page itself still works: the sidebar's toggles are part of the first load.
  await page.getByRole('button', { name: 'Show Notifications operations' }).click();
  await expect(page.getByRole('button', { name: 'Hide Notifications operations' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('the session is asked for as the page boots, not once the header controls that show it arrive', async ({
  page,
}) => {
  // Only the chunks the HTML names load: the header's controls never arrive, the session is asked anyway.
  await failLateChunks(page, '/apis/systemlog/GetRecords');
  const sessionAsked = page.waitForRequest(
    (request) => new URL(request.url()).pathname === '/api/auth/session',
  );
  await page.goto('/apis/systemlog/GetRecords');
  await sessionAsked;
  await expect(page.getByRole('banner').getByText('Checking…')).toBeVisible();
});
