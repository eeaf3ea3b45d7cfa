import { expect, test, type Page } from '@playwright/test';

import { holdPageScripts } from './hold-scripts';

/**
 * "Invoke API" is server-rendered; until the page's code has run it has no handler. A click or an
 * Enter then is kept (lib/early-click/early-click-script.ts) and opens the form once it has.
 */
async function activateBeforeHydration(
  page: Page,
  activate: (invoke: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const releaseScripts = await holdPageScripts(page);
  await page.goto('/apis/systemlog/GetRecords', { waitUntil: 'commit' });
  const invoke = page.getByRole('button', { name: 'Invoke API' });
  await activate(invoke);
  releaseScripts();
  return invoke;
}

test('"Invoke API" clicked before the page has hydrated opens the form once it has, and only once', async ({
  page,
}) => {
  const invoke = await activateBeforeHydration(page, (button) => button.click());

  const heading = page.getByRole('heading', { name: 'Try it' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  // Fully interactive, and still open: the kept click was not done a second time.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(invoke).toHaveAttribute('aria-expanded', 'true');

  // From now on the button is React's: a click closes the form, the next opens it again.
  await invoke.click();
  await expect(invoke).toHaveAttribute('aria-expanded', 'false');
  await invoke.click();
  await expect(heading).toBeVisible();
});

test('Enter on "Invoke API" before the page has hydrated opens the form too', async ({ page }) => {
  const invoke = await activateBeforeHydration(page, async (button) => {
    await button.focus();
    await button.press('Enter');
  });
  await expect(page.getByRole('heading', { name: 'Try it' })).toBeFocused();
  await expect(invoke).toHaveAttribute('aria-expanded', 'true');
});
