import { readFile } from 'node:fs/promises';

import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { harSchema } from '../lib/support-bundle/har-schema';
import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { JWT_PATTERN } from './storage-sweep';
import { CANARY } from './test-env';

const WIDTHS = [360, 390, 768, 1024, 1440] as const;

async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Presses Tab until the target has the focus (a person reaching it with the keyboard). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Serious or critical axe violations in the History page's main content. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.passes.length, 'axe checked rules').toBeGreaterThan(5);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test.describe('support bundle', () => {
  test('exports a HAR 1.2 file and a summary of a good and a failing call: transaction ids in, no token or secret', async ({
    page,
  }, testInfo) => {
    await page.goto('/apis/systemlog/GetRecords');
    const auth = new AuthFlow(page);
    await auth.generateWith(CANARY);
    await expect(auth.dialog()).toBeHidden();
    const explorer = new Explorer(page);

    // The session's token, to prove it is nowhere in the bundle.
    await explorer.openInvoke();
    await page.getByRole('button', { name: 'Reveal token' }).click();
    const authorization = page.getByRole('textbox', { name: 'Authorization', exact: true });
    await expect(authorization).toHaveValue(/^CwsAuth Bearer=eyJ/);
    const token = (await authorization.inputValue()).replace('CwsAuth Bearer=', '');
    await page.getByRole('button', { name: 'Hide token' }).click();

    // 1. A good call.
    await page.getByLabel('Limit').fill('3');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const goodTransaction = (await page.getByTestId('transaction-id').textContent())!.trim();

    // 2. A failing call: DaaS without a Citrix-InstanceId, sent as it is.
    await page.goto('/apis/daas/MachineCatalogs_GetMachineCatalogs');
    await explorer.openInvoke();
    await page.getByLabel('Citrix-InstanceId').selectOption({ label: 'Another site ID…' });
    await page.getByRole('textbox', { name: 'Custom site ID' }).fill('');
    await explorer.send();
    await page.getByRole('alert').getByRole('button', { name: 'Call anyway' }).click();
    await expect(explorer.status()).toHaveText('400 Bad Request');
    const badTransaction = (await page.getByTestId('transaction-id').textContent())!.trim();
    expect(badTransaction).not.toBe(goodTransaction);

    // 3. The History page: pick the failing call, then the good one too.
    await page.goto('/history');
    const rows = page.getByTestId('history-row');
    await expect(rows).toHaveCount(2);
    const bundlePanel = page.getByRole('region', { name: 'Support bundle' });
    await bundlePanel.getByRole('button', { name: 'Select failing calls (1)' }).click();
    await expect(rows.first().getByRole('checkbox')).toBeChecked();
    await expect(rows.nth(1).getByRole('checkbox')).not.toBeChecked();
    await rows.nth(1).getByRole('checkbox').check();
    await expect(page.getByTestId('bundle-selected-count')).toHaveText('2 selected');
    await bundlePanel.getByRole('button', { name: 'Export support bundle' }).click();
    await expect(page.getByTestId('support-bundle')).toBeVisible();

    // The HAR: valid HAR 1.2, both transaction ids, no token, no JWT, no secret.
    const har = await downloaded(page, bundlePanel.getByRole('button', { name: 'Download HAR' }));
    expect(har.name).toMatch(/^citrix-support-\d{8}T\d{6}Z\.har$/);
    const parsed = harSchema.safeParse(JSON.parse(har.text));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(parsed.data!.log.entries.map((entry) => entry.request.method)).toEqual(['GET', 'GET']);
    expect(parsed.data!.log.entries.map((entry) => entry.response.status)).toEqual([200, 400]);
    expect(har.text).toContain(goodTransaction);
    expect(har.text).toContain(badTransaction);
    expect(har.text).toContain('MissingInstanceId');
    expect(har.text).not.toContain('eyJ');
    expect(har.text).not.toContain(token);
    expect(har.text).not.toContain(CANARY.clientSecret);

    // The summary: each call's status, time, transaction id and Citrix's error; the SystemLog window.
    const summary = await downloaded(page, bundlePanel.getByRole('button', { name: 'Download summary' }));
    expect(summary.name).toMatch(/^citrix-support-\d{8}T\d{6}Z\.md$/);
    expect(summary.text).toContain(`- Citrix-TransactionId: \`${goodTransaction}\``);
    expect(summary.text).toContain(`- Citrix-TransactionId: \`${badTransaction}\``);
    expect(summary.text).toContain('FAILED · GET 400 Bad Request');
    expect(summary.text).toContain('- Citrix error: `MissingInstanceId`');
    expect(summary.text).toMatch(/- Time \(UTC\): \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    expect(summary.text).toMatch(/\/sandbox\/systemlog\/records\?StartDateTime=[^&]+&EndDateTime=/);
    expect(summary.text).toContain('/apis/systemlog/GetRecords#share=');
    expect(summary.text).not.toMatch(JWT_PATTERN);
    expect(summary.text).not.toContain(token);
    expect(summary.text).not.toContain(CANARY.clientSecret);
    // Apart from the explorer link's encoded form, not even the start of a JWT.
    expect(summary.text.replace(/#share=\S+/g, '')).not.toContain('eyJ');

    // Signed in: the SystemLog records of the window, fetched through the proxy, join the summary.
    await bundlePanel.getByRole('button', { name: 'Fetch matching SystemLog records' }).click();
    await expect(page.getByTestId('systemlog-count')).toContainText(
      /^\d+\+? SystemLog records? in the window/,
    );
    await expect(page.getByTestId('bundle-summary')).toContainText('Records fetched at');
    const withRecords = await downloaded(page, bundlePanel.getByRole('button', { name: 'Download summary' }));
    expect(withRecords.text).toMatch(/Records fetched at [^:]+:\d\d:\d\d\.\d{3}Z: \d+\+? records?/);
    expect(withRecords.text).not.toContain(token);

    // Every width: nothing wider than the window, the bundle's controls on screen.
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(width);
      for (const name of ['Export support bundle', 'Download HAR', 'Fetch matching SystemLog records']) {
        const box = (await bundlePanel.getByRole('button', { name }).boundingBox())!;
        expect(box.x, `${name} at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${name} at ${width}px`).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: testInfo.outputPath(`history-bundle-${width}.png`), fullPage: true });
    }
  });

  test('works from the keyboard: select the failing calls, export, tick a row; passes axe in both themes', async ({
    page,
  }) => {
    await page.goto('/apis/daas/MachineCatalogs_GetMachineCatalogs');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Citrix-InstanceId').selectOption({ label: 'Another site ID…' });
    await page.getByRole('textbox', { name: 'Custom site ID' }).fill('');
    await explorer.send();
    await page.getByRole('alert').getByRole('button', { name: 'Call anyway' }).click();
    await expect(explorer.status()).toHaveText('400 Bad Request');

    await page.goto('/history');
    await page.getByRole('searchbox', { name: 'Search history' }).focus();
    const panel = page.getByRole('region', { name: 'Support bundle' });
    await tabTo(page, panel.getByRole('button', { name: 'Select failing calls (1)' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('bundle-selected-count')).toHaveText('1 selected');
    await tabTo(page, panel.getByRole('button', { name: 'Export support bundle' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('bundle-summary')).toContainText('MissingInstanceId');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(page), theme).toEqual([]);
    }
    const rowBox = page.getByTestId('history-row').first().getByRole('checkbox');
    await tabTo(page, rowBox);
    await page.keyboard.press('Space');
    await expect(rowBox).not.toBeChecked();
    await expect(page.getByTestId('bundle-selected-count')).toHaveText('0 selected');
  });
});
