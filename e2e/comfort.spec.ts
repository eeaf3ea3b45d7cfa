import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Theme (light / dark / system, no flash), the `?` shortcuts help, and the command palette. */

/** The body's background as [r, g, b], whatever colour space the CSS uses (painted on a canvas). */
async function bodyBackground(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
}

/** Slate-950, the dark theme's page background: near black with a blue tint. */
async function expectDarkBackground(page: Page) {
  await expect.poll(async () => Math.max(...(await bodyBackground(page)))).toBeLessThan(40);
}

const html = (page: Page) => page.locator('html');

test.describe('theme', () => {
  test('the toggle persists across a reload, and an explicit choice beats the system setting', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();

    await page.getByTitle('Dark theme').click();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expectDarkBackground(page);

    await page.reload();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    // The system says light, the user said dark: dark stays.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).toHaveClass(/\bdark\b/);

    await page.getByTitle('Light theme').click();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  });

  test('"System" follows the operating system setting, live and on load', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/apis');
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveClass(/\bdark\b/);

    // Back to System after an explicit choice.
    await page.getByTitle('Light theme').click();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.getByTitle('System theme').click();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html(page)).toHaveClass(/\bdark\b/);
  });

  test('no flash: the dark theme is on before any React code runs, and the inline script passes the CSP', async ({
    page,
  }) => {
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.addInitScript(() => window.localStorage.setItem('cxapi.theme', 'dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    // Hold every JavaScript bundle: what shows now is the server's HTML, the CSS and the inline script.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expectDarkBackground(page);
    release();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(cspErrors).toEqual([]);
  });
});

test.describe('keyboard shortcuts help', () => {
  test('`?` opens it, except while typing in a field; the button opens it too', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('auth-status')).toBeVisible();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

    // Typing a `?` into the search box is just typing.
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search APIs' });
    await expect(search).toBeFocused();
    await page.keyboard.type('what?');
    await expect(search).toHaveValue('what?');
    await expect(help).toBeHidden();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The first Escape cleared the box, the second left it: now `?` is a shortcut.
    await expect(search).not.toBeFocused();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Command palette');
    await expect(help.getByText('Ctrl', { exact: true }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
  });
});

test.describe('command palette', () => {
  test('Ctrl+Shift+P finds an operation and opens it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('auth-status')).toBeVisible();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    // Before typing: the actions.
    for (const action of [
      'Set Authentication',
      'Go to token page',
      'Toggle theme',
      'Go to history',
      'Open settings',
    ]) {
      await expect(palette.getByRole('option', { name: new RegExp(action) })).toBeVisible();
    }
    await palette.getByRole('combobox').fill('machine catalogs');
    const operations = palette.getByRole('group', { name: 'Operations' });
    await expect(operations.getByRole('option').first()).toBeVisible();
    await palette.getByRole('combobox').fill('records');
    await expect(operations.getByRole('option', { name: /Get system log records/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(/\/apis\/systemlog\/GetRecords$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Get system log records');
  });

  test('runs actions: toggle theme, Set Authentication; the button opens it too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/apis');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);

    await page.getByRole('button', { name: 'Command palette' }).click();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill('toggle theme');
    await palette.getByRole('option', { name: /Toggle theme/ }).click();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('set auth');
    await page.keyboard.press('Enter');
    const auth = page.getByRole('dialog', { name: 'Set Authentication' });
    await expect(auth).toBeVisible();
    // Focus went into the Set Authentication dialog, not back to the page.
    await expect.poll(() => auth.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(auth).toBeHidden();

    // Ctrl+Shift+P toggles: a second press closes it.
    await page.keyboard.press('Control+Shift+P');
    await expect(palette).toBeVisible();
    await page.keyboard.press('Control+Shift+P');
    await expect(palette).toBeHidden();
  });
});
