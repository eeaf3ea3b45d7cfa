import type { Page } from '@playwright/test';

/**
 * "Who logged on slowly today" looks from midnight UTC: just after midnight nobody has logged on
 * yet and the run rightly stops. A test that needs the run to finish looks back a day instead, so it
 * passes at any hour.
 */
export async function lookBackADay(page: Page): Promise<void> {
  const yesterday = new Date(Date.now() - 24 * 3_600_000).toISOString().slice(0, 19) + 'Z';
  await page.getByRole('textbox', { name: 'since' }).fill(yesterday);
}
