import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';

/**
 * The axe sweep: every page and dialog of the app, in the light and the dark theme (the theme
 * follows the emulated system setting). A serious or critical violation fails the test; moderate
 * and minor ones are attached to the report.
 */

type Theme = 'light' | 'dark';

async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const others = results.violations.filter((violation) => !blocking.includes(violation));
  if (others.length > 0) {
    await testInfo.attach(`${name} — moderate/minor`, {
      body: JSON.stringify(
        others.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          targets: nodes.map((node) => node.target),
        })),
        null,
        2,
      ),
      contentType: 'application/json',
    });
  }
  const summary = blocking.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes
      .slice(0, 5)
      .map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
  }));
  expect(summary, `${name}: serious/critical axe violations`).toEqual([]);
  // The sweep really looked at something.
  expect(results.passes.length, `${name}: axe checked rules`).toBeGreaterThan(10);
}

async function open(page: Page, theme: Theme, path: string) {
  await page.emulateMedia({ colorScheme: theme });
  const response = await page.goto(path);
  // The theme script set <html class="dark"> before the first paint.
  if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await expect(page.getByTestId('auth-status')).toBeVisible();
  return response;
}

/** The pages every build has. */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
  {
    name: 'API catalog',
    path: '/apis',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'SystemLog overview',
    path: '/apis/systemlog',
    ready: (page) =>
      expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true'),
  },
  {
    name: 'SystemLog API Exploration tab',
    path: '/apis/systemlog#api-exploration',
    ready: (page) =>
      expect(page.getByRole('tab', { name: 'API Exploration' })).toHaveAttribute('aria-selected', 'true'),
  },
  {
    name: 'GetRecords operation',
    path: '/apis/systemlog/GetRecords',
    ready: (page) => expect(page.getByRole('button', { name: 'Invoke API' })).toBeVisible(),
  },
  {
    name: 'token page, not authenticated',
    path: '/token',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'not found',
    path: '/apis/no-such-api',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

/** Pages other features add; each is checked if it exists, and a missing one is recorded, not skipped. */
const OPTIONAL_PAGES = ['/history', '/settings', '/import', '/runbooks', '/runbooks/onboard-team'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const entry of PAGES) {
      test(`${entry.name} (${entry.path})`, async ({ page }, testInfo) => {
        await open(page, theme, entry.path);
        await entry.ready(page);
        await expectNoSeriousViolations(page, testInfo, `${entry.name}, ${theme}`);
      });
    }

    for (const path of OPTIONAL_PAGES) {
      test(`${path} (if the build has it)`, async ({ page }, testInfo) => {
        const response = await open(page, theme, path);
        if (response?.status() === 404) {
          testInfo.annotations.push({
            type: 'page not in this build',
            description: `${path} answered 404: its not-found page was checked instead`,
          });
        } else {
          expect(response?.status()).toBe(200);
        }
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expectNoSeriousViolations(page, testInfo, `${path}, ${theme}`);
      });
    }

    test('Set Authentication dialog', async ({ page }, testInfo) => {
      await open(page, theme, '/');
      await new AuthFlow(page).open();
      await expectNoSeriousViolations(page, testInfo, `Set Authentication, ${theme}`);
      // With a validation error and the deprecated flow's warning showing.
      const dialog = page.getByRole('dialog', { name: 'Set Authentication' });
      await dialog.getByLabel('Trust Service (deprecated)').check();
      await dialog.getByRole('button', { name: 'Generate' }).click();
      await expect(dialog.getByText(/Customer ID must be/)).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `Set Authentication with errors, ${theme}`);
    });

    test('authenticated: token page, Invoke panel open, and after a Send', async ({ page }, testInfo) => {
      // Three full axe scans of the largest pages in one test.
      test.slow();
      await open(page, theme, '/');
      await new AuthFlow(page).useDemoClient();
      await page.goto('/token');
      await expect(page.getByTestId('authorization-value')).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `token page, authenticated, ${theme}`);

      await page.goto('/apis/systemlog/GetRecords');
      await page.getByRole('button', { name: 'Invoke API' }).click();
      await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `Invoke panel open, ${theme}`);

      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByTestId('response-status')).toContainText('200');
      await expectNoSeriousViolations(page, testInfo, `after Send, ${theme}`);
    });

    test('keyboard shortcuts dialog', async ({ page }, testInfo) => {
      await open(page, theme, '/');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `shortcuts, ${theme}`);
    });

    test('command palette, empty and with results', async ({ page }, testInfo) => {
      await open(page, theme, '/apis');
      await page.getByRole('button', { name: 'Command palette' }).click();
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect(palette.getByRole('option', { name: /Set Authentication/ })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `palette, ${theme}`);
      await palette.getByRole('combobox').fill('machine');
      await expect(
        palette.getByRole('group', { name: 'Operations' }).getByRole('option').first(),
      ).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `palette with operations, ${theme}`);
    });

    test('search results open', async ({ page }, testInfo) => {
      await open(page, theme, '/apis');
      await page.keyboard.press('/');
      await page.keyboard.type('records');
      await expect(
        page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
      ).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `search results, ${theme}`);
    });
  });
}
