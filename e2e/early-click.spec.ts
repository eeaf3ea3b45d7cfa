import { expect, test } from '@playwright/test';

test('"Invoke API" clicked before the page has hydrated opens the form once it has, and only once', async ({
  page,
}) => {
  // The page's scripts are held until the click: it lands on the server-rendered button, before
  // React has attached anything (lib/early-click/early-click-script.ts keeps it).
  let releaseScripts!: () => void;
  const clicked = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await clicked;
    await route.continue();
  });

  await page.goto('/apis/systemlog/GetRecords', { waitUntil: 'commit' });
  const invoke = page.getByRole('button', { name: 'Invoke API' });
  await invoke.click();
  releaseScripts();

  const heading = page.getByRole('heading', { name: 'Try it' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(invoke).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(invoke).toHaveAttribute('aria-expanded', 'true');

  // From now on the button is React's: a click closes the form, the next opens it again.
  await invoke.click();
  await expect(invoke).toHaveAttribute('aria-expanded', 'false');
  await invoke.click();
  await expect(heading).toBeVisible();
});
