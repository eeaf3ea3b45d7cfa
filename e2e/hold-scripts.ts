import type { Page } from '@playwright/test';

/**
 * Holds every script chunk of the page until the returned `release()` is called: the HTML is parsed
 * and painted (its stylesheet and inline scripts run), but none of the page's code, so React has
 * attached nothing. What a person can do on a slow load before the page is interactive.
 */
export async function holdPageScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
