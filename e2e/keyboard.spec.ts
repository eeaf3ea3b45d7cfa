import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { Explorer } from './pages/explorer';
import { DEMO } from './test-env';

/**
 * The main flow with the keyboard alone — no mouse click anywhere: authenticate with the demo
 * client, find an operation with `/`, open Invoke API, set Limit, send with Ctrl+Enter, reach the
 * response, copy the cURL snippet. At each step the focused element shows a visible focus indicator.
 */

const MAX_TABS = 120;

/** Presses Tab until `target` has focus (fails if it never does). */
async function tabTo(page: Page, target: Locator, label: string) {
  for (let step = 0; step < MAX_TABS; step += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

/** Presses Tab until focus is inside `container`. */
async function tabInto(page: Page, container: Locator, label: string) {
  for (let step = 0; step < MAX_TABS; step += 1) {
    await page.keyboard.press('Tab');
    if (await container.evaluate((element) => element.contains(document.activeElement)).catch(() => false))
      return;
  }
  throw new Error(`Tab never reached ${label}`);
}

/** The focused element matches :focus-visible and draws an outline or a ring. */
async function expectVisibleFocus(page: Page, step: string) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      element: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`,
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
    };
  });
  expect(focus, `${step}: something has focus`).not.toBeNull();
  expect(focus!.focusVisible, `${step}: ${focus!.element} matches :focus-visible`).toBe(true);
  const outlined = focus!.outline !== 'none' && focus!.outlineWidth > 0;
  const ringed = focus!.boxShadow !== 'none';
  expect(
    outlined || ringed,
    `${step}: ${focus!.element} shows an outline (${focus!.outline}) or a ring (${focus!.boxShadow})`,
  ).toBe(true);
}

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard only (${theme}): authenticate, find, invoke, read the response, copy the cURL snippet`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await expect(page.getByTestId('auth-status')).toHaveText('Not authenticated');

    // 1. Authenticate: Tab to the header's Set Authentication, Enter, then the demo client.
    const header = page.getByRole('banner');
    await tabTo(page, header.getByRole('button', { name: 'Set Authentication' }), 'Set Authentication');
    await expectVisibleFocus(page, 'Set Authentication button');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Set Authentication' });
    await expect(dialog).toBeVisible();
    await tabTo(
      page,
      dialog.getByRole('button', { name: 'Use the sandbox demo client' }),
      'the demo client button',
    );
    await expectVisibleFocus(page, 'demo client button');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('auth-status')).toContainText(DEMO.customerId);

    // 2. Find: `/` focuses "Search APIs", arrows pick, Enter opens.
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search APIs' });
    await expect(search).toBeFocused();
    await page.keyboard.type('records');
    await expect(
      page
        .getByRole('listbox', { name: 'Search results' })
        .getByRole('option', { name: /Get system log records/ }),
    ).toBeVisible();
    await expectVisibleFocus(page, 'search box');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: /Get system log records/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/apis\/systemlog\/GetRecords$/);

    // 3. Invoke API: Tab to it, Enter; focus moves into the opened form.
    const invoke = page.getByRole('button', { name: 'Invoke API' });
    await tabTo(page, invoke, 'Invoke API');
    await expectVisibleFocus(page, 'Invoke API');
    await page.keyboard.press('Enter');
    await expect(invoke).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(DEMO.customerId);

    // 4. Limit: Tab to the field, replace its value by typing.
    const limit = page.getByLabel('Limit');
    await tabTo(page, limit, 'the Limit field');
    await expectVisibleFocus(page, 'Limit field');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3');
    await expect(limit).toHaveValue('3');

    // 5. Send with Ctrl+Enter from inside the form.
    await page.keyboard.press('Control+Enter');
    const status = page.getByTestId('response-status');
    await expect(status).toContainText('200');

    // 6. Reach the response with Tab and read it.
    const response = page.getByRole('region', { name: 'Response', exact: true });
    await tabInto(page, response, 'the response');
    await expectVisibleFocus(page, 'inside the response');
    await expect(response).toContainText('Citrix-TransactionId');
    const body = response.getByRole('tabpanel').filter({ visible: true }).first();
    await expect(body).toContainText('ContinuationToken');

    // 7. The cURL snippet: Tab to its Copy button, Enter, and the clipboard has the command.
    const copy = page.getByRole('button', { name: 'Copy cURL' });
    await tabTo(page, copy, 'Copy cURL');
    await expectVisibleFocus(page, 'Copy cURL');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^curl /);
    expect(copied).toContain('/systemlog/records');
    expect(copied).toContain('Limit=3');
    expect(copied).toContain('CITRIX_TOKEN');
  });
}

test('keyboard only: the command palette and the shortcuts help open, work and close without a mouse', async ({
  page,
}) => {
  await page.goto('/apis');
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await expectVisibleFocus(page, 'palette input');
  await page.keyboard.type('go to token');
  await expect(palette.getByRole('option', { name: /Go to token page/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/token$/);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expectVisibleFocus(page, 'shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test.describe('Set Authentication: where focus goes, and whose region it is', () => {
  test('opens on Customer ID and gives focus back to what opened it, on Cancel, Escape and after generating', async ({
    page,
  }) => {
    await page.goto('/apis');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const opener = page.getByRole('banner').getByRole('button', { name: 'Set Authentication' });
    const dialog = page.getByRole('dialog', { name: 'Set Authentication' });

    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Customer ID', { exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener, 'after Cancel').toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Customer ID', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener, 'after Escape').toBeFocused();

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Use the sandbox demo client' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('auth-status')).toContainText(DEMO.customerId);
    await expect(opener, 'after generating').toBeFocused();
  });

  test("the dialog's region stays in the dialog until a token is generated; Cancel leaves the header's", async ({
    page,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const header = page.getByRole('banner');
    // By its markup: while the dialog is modal, the page behind it is hidden from the accessibility tree.
    const headerRegion = page.locator('header select').first();
    const dialog = page.getByRole('dialog', { name: 'Set Authentication' });
    await header.getByRole('button', { name: 'Set Authentication' }).click();
    await dialog.getByRole('button', { name: 'Use the sandbox demo client' }).click();
    await expect(dialog).toBeHidden();
    await expect(headerRegion).toHaveValue('sandbox');

    await header.getByRole('button', { name: 'Set Authentication' }).click();
    await dialog.getByLabel('Region').selectOption({ label: 'US' });
    await expect(headerRegion, 'while the dialog is open').toHaveValue('sandbox');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(headerRegion, 'after Cancel').toHaveValue('sandbox');

    // The form calls where the header says: the sandbox answers.
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');

    // Reopened, the dialog starts from the session's region again.
    await page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
    await expect(dialog.getByLabel('Region')).toHaveValue('sandbox');
  });
});
