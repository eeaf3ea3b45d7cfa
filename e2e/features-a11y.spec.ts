import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { Profiles } from './pages/profiles';
import { OTHER } from './test-env';

/**
 * Serious or critical axe violations inside these elements only: this sweep is about the
 * profiles, history, share, demo-mode and troubleshooting screens (the app has its own sweep).
 */
async function violations(page: Page, selectors: string[]): Promise<{ rule: string; targets: string[] }[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of selectors) builder.include(selector);
  const results = await builder.analyze();
  expect(results.passes.length, 'axe checked rules').toBeGreaterThan(5);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

for (const theme of ['light', 'dark'] as const) {
  test(`profiles, history, share, demo mode and troubleshooting pass axe (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/settings');
    const profiles = new Profiles(page);
    await profiles.newWithDemoClient('Demo');
    await profiles.newWithClient('Other', OTHER);
    await page.getByRole('switch', { name: /Demo mode/ }).check();
    await expect(page.getByRole('listitem', { name: 'Profile Other' })).toContainText('Active');
    expect(await violations(page, ['main', '[data-testid="profile-switcher"]'])).toEqual([]);

    await page.goto('/apis/systemlog/GetRecords');
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Accept').fill('*/*');
    await explorer.send();
    await page.getByRole('alert').getByRole('button', { name: 'Call anyway' }).click();
    await expect(page.getByTestId('troubleshooting')).toBeVisible();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#share=/);
    expect(
      await violations(page, [
        '[data-testid="troubleshooting"]',
        '[aria-label="Share this request"]',
        '[aria-labelledby="recent-calls-heading"]',
      ]),
    ).toEqual([]);

    await page.goto('/apis/notifications/Notifications_CreateItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(page.getByRole('alertdialog', { name: 'Send this POST request?' })).toBeVisible();
    expect(await violations(page, ['[role="alertdialog"]'])).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('/history');
    await expect(page.getByTestId('history-row')).toHaveCount(1);
    expect(await violations(page, ['main'])).toEqual([]);

    await new AuthFlow(page).generateWith({ ...OTHER, clientSecret: 'wrong' });
    await expect(
      page.getByRole('dialog', { name: 'Set Authentication' }).getByTestId('troubleshooting'),
    ).toBeVisible();
    expect(await violations(page, ['[role="dialog"]'])).toEqual([]);
  });
}
