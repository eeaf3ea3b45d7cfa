import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';

const READY = [
  ['Who logged on slowly today', 'Sessions'],
  ['Connection failures in the last 7 days', 'ConnectionFailureLogs'],
  ['Sessions per user', 'Sessions'],
  ['Load per machine', 'LoadIndexes'],
] as const;

const status = (page: Page) => page.getByTestId('query-status');
const rowsShown = /^\d+ rows? of \d+ in \d+ ms$/;
const results = (page: Page) => page.getByRole('region', { name: 'Query results' });

test.describe('Monitor OData query builder', () => {
  test('signed out: shows the URL and asks for authentication', async ({ page }) => {
    await page.goto('/monitor/query');
    await expect(page.getByRole('heading', { name: 'Monitor query builder' })).toBeVisible();
    await expect(status(page)).toHaveText('Set Authentication to run the query.');
    await expect(page.getByTestId('query-url')).toContainText(
      '/monitorodata/Sessions?$filter=StartDate%20ge%20',
    );
    await expect(page.getByTestId('query-url')).toContainText('LogOnDuration%20gt%2030000');
  });

  test('each ready query returns rows and a chart; the copied PowerShell reads the token from the environment', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/apis/monitorodata');
    await page.getByRole('link', { name: 'Open the Monitor query builder' }).click();
    await expect(page).toHaveURL(/\/monitor\/query$/);

    for (const [title, set] of READY) {
      await page.getByRole('button', { name: title }).click();
      await expect(page.getByTestId('query-url')).toContainText(`/monitorodata/${set}?`);
      await expect(status(page)).toHaveText(rowsShown);
      await expect(page.getByTestId('count-chart')).toBeVisible();
      await expect(page.getByTestId('count-chart').locator('rect').first()).toBeAttached();
      const rows = results(page).locator('tbody tr');
      expect(await rows.count(), title).toBeGreaterThan(1);
    }

    // The failures show Citrix's reason by name, the number beside it.
    await page.getByRole('button', { name: 'Connection failures in the last 7 days' }).click();
    await expect(status(page)).toHaveText(rowsShown);
    await expect(results(page).locator('tbody')).toContainText(
      /(RegistrationTimeout|ConnectionTimeout|Licensing|MaintenanceMode|NoDesktopAvailable|SessionLimitReached|SpinUpFailed) \(\d+\)/,
    );

    await page.getByRole('button', { name: 'Copy as PowerShell' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('Invoke-RestMethod');
    const powershell = await page.evaluate(() => navigator.clipboard.readText());
    expect(powershell).toContain('"CwsAuth Bearer=$env:CITRIX_TOKEN"');
    expect(powershell).toContain("'Citrix-CustomerId' = 'sandboxdemo01'");
    expect(powershell).toContain('/monitorodata/ConnectionFailureLogs?$filter=FailureDate%20ge%20');
    // No JWT, the sandbox's token format, anywhere in it.
    expect(powershell).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);

    await page.getByRole('button', { name: 'Copy as Python' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('import requests');
    const python = await page.evaluate(() => navigator.clipboard.readText());
    expect(python).toContain('os.environ["CITRIX_TOKEN"]');
    expect(python).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });

  test('a typed-filter error blocks the request; the service’s 400 shows Citrix’s explanation', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/monitor/query');
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke')) sent.push(request.postData() ?? '');
    });
    await expect(status(page)).toHaveText(rowsShown);

    const value = page.getByRole('textbox', { name: 'LogOnDuration value' });
    await value.fill('30s');
    await expect(
      page.getByRole('alert').filter({ hasText: 'LogOnDuration takes a whole number; “30s” is not one.' }),
    ).toBeVisible();
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('query-url')).toHaveCount(0);
    await expect(
      page.getByText(/Fix the problem above to see the URL and run the query; nothing is sent/),
    ).toBeVisible();

    // Fixed, the query goes out with the number; the letters never did.
    await value.fill('45000');
    await expect(page.getByTestId('query-url')).toContainText('LogOnDuration%20gt%2045000');
    await expect.poll(() => sent.some((body) => body.includes('LogOnDuration gt 45000'))).toBe(true);
    expect(sent.filter((body) => body.includes('30s'))).toEqual([]);

    await page.getByLabel('And this expression, as typed').fill("LogOnDuration gt 'slow'");
    await expect(
      page.getByRole('alert').filter({
        hasText:
          /^Citrix answered 400: The query specified in the URI is not valid\. A binary operator with incompatible types/,
      }),
    ).toBeVisible();
  });

  test('pages serially: the next page follows @odata.nextLink and adds its rows', async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/monitor/query');
    await page.getByLabel('Entity set').selectOption('Sessions');
    await page.getByLabel('Top', { exact: true }).fill('');
    await expect(page.getByTestId('query-url')).not.toContainText('$top');
    await expect(status(page)).toHaveText(/^100 rows of (\d+) in \d+ ms$/);
    const total = Number((await status(page).textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Load the next page' }).click();
    await expect(status(page)).toHaveText(
      new RegExp(`^${Math.min(total, 200)} rows of ${total} in \\d+ ms$`),
    );
    await expect(results(page).locator('tbody tr')).toHaveCount(Math.min(total, 200));
  });

  test('fits every width, and works from the keyboard', async ({ page }, testInfo) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/monitor/query');
    await expect(status(page)).toHaveText(rowsShown);
    for (const width of [360, 390, 768, 1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `page wider than ${width} px`).toBeLessThanOrEqual(0);
      const box = await results(page).boundingBox();
      expect(box!.x + box!.width, `results wider than ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`monitor-query-${width}.png`), fullPage: true });
    }

    // Keyboard: a ready query by Enter, the results box reachable by Tab for scrolling.
    const button = page.getByRole('button', { name: 'Load per machine' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('query-url')).toContainText('/LoadIndexes?');
    await expect(status(page)).toHaveText(rowsShown);
    await results(page).focus();
    await expect(results(page)).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe with rows, a chart and a filter error (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/');
      await new AuthFlow(page).useDemoClient();
      await page.goto('/monitor/query');
      await expect(status(page)).toHaveText(rowsShown);
      await expect(page.getByTestId('count-chart')).toBeVisible();
      const axe = async () => {
        const found = await new AxeBuilder({ page }).include('main').analyze();
        expect(found.passes.length, 'axe checked rules').toBeGreaterThan(5);
        return found.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({
            rule: violation.id,
            targets: violation.nodes.map((node) => node.target.join(' ')),
          }));
      };
      expect(await axe()).toEqual([]);
      await page.getByRole('textbox', { name: 'LogOnDuration value' }).fill('abc');
      await expect(
        page.getByRole('alert').filter({ hasText: 'LogOnDuration takes a whole number' }),
      ).toBeVisible();
      expect(await axe()).toEqual([]);
    });
  }
});
