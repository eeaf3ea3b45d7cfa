import path from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { lookBackADay } from './pages/runbook';

/**
 * Phones (360, 390), a tablet (768), a laptop or projector (1024) and a desktop (1440): no page or
 * dialog is wider than the window, nothing a person can use is covered by something else, and the
 * main links and the search are reachable at every width.
 */
const WIDTHS = [360, 390, 768, 1024, 1440] as const;
const HEIGHT = 800;
const MAIN_LINKS = ['APIs', 'Token', 'History', 'Runbooks', 'Settings'] as const;

async function hydrated(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** How much wider than the window the document is (0 when it fits). */
async function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Every visible interactive control under `scope` (the whole page, or an open dialog), scrolled
 * into view one by one: the element `elementFromPoint` finds at its centre must be the control or
 * inside it. Returns the ones something else covers, each with what covers it.
 */
async function coveredControls(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector);
    if (!root) return [`no ${scopeSelector}`];
    const describe = (element: Element) => {
      const name =
        element.getAttribute('aria-label') ??
        element.getAttribute('placeholder') ??
        element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ??
        '';
      const id = element.id ? `#${element.id}` : '';
      return `${element.tagName.toLowerCase()}${id} "${name}"`;
    };
    const selector = [
      'a[href]',
      'button',
      'input:not([type=hidden])',
      'select',
      'textarea',
      'summary',
      '[role=button]',
      '[role=tab]',
      '[role=switch]',
      '[role=combobox]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const covered: string[] = [];
    for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (element.closest('[inert], [aria-hidden=true]')) continue;
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = element.getBoundingClientRect();
      // Visually hidden controls (a skip link, a radio drawn by its label) are not targets.
      if (box.width < 4 || box.height < 4) continue;
      const left = Math.max(box.left, 0);
      const right = Math.min(box.right, window.innerWidth);
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      if (right - left < 2 || bottom - top < 2) {
        covered.push(`${describe(element)} cannot be scrolled into view`);
        continue;
      }
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (!hit) {
        covered.push(`${describe(element)} is outside the window`);
        continue;
      }
      const ownLabel = hit.closest('label');
      if (hit === element || element.contains(hit) || (ownLabel && ownLabel.control === element)) continue;
      covered.push(`${describe(element)} is covered by ${describe(hit)}`);
    }
    window.scrollTo(0, 0);
    return covered;
  }, scope);
}

/** At each width: the page fits the window and no control is covered. */
async function expectFitsAndUncovered(page: Page, label: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    const where = `${label} at ${width} px`;
    expect(await overflowOf(page), `${where}: px wider than the window`).toBe(0);
    expect(await coveredControls(page), `${where}: covered controls`).toEqual([]);
  }
}

/** The dialog's box lies inside the window, the page behind it does not widen, and its controls are usable. */
async function expectDialogFits(page: Page, dialog: Locator, label: string) {
  await expect(dialog).toBeVisible();
  const width = page.viewportSize()!.width;
  const box = (await dialog.boundingBox())!;
  expect(box.x, `${label} at ${width} px: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label} at ${width} px: right edge`).toBeLessThanOrEqual(width);
  expect(await overflowOf(page), `${label} at ${width} px: px wider than the window`).toBe(0);
  expect(await coveredControls(page, '[role=dialog], [role=alertdialog]'), `${label} at ${width} px`).toEqual(
    [],
  );
}

/** Opens the header's menu where the header folds its links and controls into one (a phone, a tablet). */
async function openMenuIfFolded(page: Page) {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  }
}

async function openSetAuthentication(page: Page) {
  await hydrated(page);
  await openMenuIfFolded(page);
  await page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
}

test.describe('every width from 360 to 1440 px', () => {
  // Each page is measured five times, every control hit-tested: slower than a usual test.
  test.describe.configure({ timeout: 180_000 });

  for (const path of [
    '/',
    '/apis',
    '/apis/administrators',
    '/settings',
    '/import',
    '/token',
    '/history',
    '/runbooks',
    '/runbooks/onboard-team',
  ]) {
    test(`signed out: ${path} fits with nothing covered`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      await expectFitsAndUncovered(page, path);
    });
  }

  test('signed out: an operation with Invoke API open fits with nothing covered', async ({ page }) => {
    await page.goto('/apis/administrators/CreateAdministrator');
    await new Explorer(page).openInvoke();
    await expectFitsAndUncovered(page, 'Invite an administrator with Invoke API open');
  });

  test('signed in: an operation with a response, and one with Invoke API open, fit with nothing covered', async ({
    page,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('3');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expectFitsAndUncovered(page, 'GetRecords with a response');

    await page.goto('/apis/administrators/CreateAdministrator');
    await explorer.openInvoke();
    await expectFitsAndUncovered(page, 'Invite an administrator with Invoke API open, signed in');
  });

  test('/import with a document imported (its list and the table of imported documents) fits with nothing covered', async ({
    page,
  }) => {
    await page.goto('/import');
    await hydrated(page);
    await page
      .getByLabel('API description file')
      .setInputFiles(path.join('lib/import/testdata', 'swagger2-systemlog.yaml'));
    await expect(page.getByRole('link', { name: /^Open .+ →$/ })).toBeVisible();
    // The table of imported documents is wider than a phone: it scrolls inside its own box.
    await expect(page.getByRole('table')).toBeVisible();
    await expectFitsAndUncovered(page, '/import with a document');
  });

  test('signed in: /token, /history with entries and the other pages fit with nothing covered', async ({
    page,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    for (const path of ['/token', '/history', '/', '/apis', '/settings', '/import']) {
      await page.goto(path);
      await hydrated(page);
      if (path === '/history') await expect(page.getByText('/records').first()).toBeVisible();
      await expectFitsAndUncovered(page, `${path} signed in`);
    }
  });

  test('signed in: a runbook that ran, its calls opened, and its Arazzo tab fit with nothing covered', async ({
    page,
  }) => {
    await page.goto('/runbooks/slow-logons');
    await new AuthFlow(page).useDemoClient();
    await lookBackADay(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('runbook-run-status')).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
    await page
      .getByText(/^Request and response/)
      .first()
      .click();
    await expectFitsAndUncovered(page, 'a runbook after its run');
    await page.getByRole('tab', { name: 'Arazzo' }).click();
    await expectFitsAndUncovered(page, "a runbook's Arazzo tab");
  });

  test('Set Authentication, the shortcuts and the command palette fit the window with nothing covered', async ({
    page,
  }) => {
    // The token page, whose width once pushed the dialog off a phone's screen.
    await page.goto('/token');
    await hydrated(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });

      await openSetAuthentication(page);
      const auth = page.getByRole('dialog', { name: 'Set Authentication' });
      await expectDialogFits(page, auth, 'Set Authentication');
      await page.keyboard.press('Escape');
      await expect(auth).toBeHidden();
      // The header menu (where there is one) closes, so the next shortcut reaches the page.
      await page.keyboard.press('Escape');

      await page.keyboard.press('?');
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expectDialogFits(page, shortcuts, 'Keyboard shortcuts');
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();

      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expectDialogFits(page, palette, 'Command palette');
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
    }
  });

  test('the display and shortcuts controls never draw over an open dialog', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      await openSetAuthentication(page);
      await expect(page.getByRole('dialog', { name: 'Set Authentication' })).toBeVisible();
      // Hidden from the accessibility tree while the dialog is modal, so found by its markup.
      const tools = page.locator('section[aria-label="Display and shortcuts"]');
      const above = await tools.evaluate((section) => {
        const box = section.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= window.innerHeight) return false;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return Boolean(hit && section.contains(hit));
      });
      expect(above, `at ${width} px the toolbar is under the dialog's overlay`).toBe(false);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
  });
});

test('the main links and the search are reachable at every width; the menu works with the keyboard', async ({
  page,
}) => {
  await page.goto('/apis');
  await hydrated(page);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menu' });
    const main = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });
    if (width < 768) {
      await expect(main, `at ${width} px the links fold into the menu`).toHaveCount(0);
      // A disclosure: opened from the keyboard, its links follow it, Escape closes it and focus returns.
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(main.getByRole('link', { name: 'APIs' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
      await expect(main).toHaveCount(0);
      await menu.click();
    }
    for (const name of MAIN_LINKS) {
      await expect(main.getByRole('link', { name, exact: true }), `${name} at ${width} px`).toBeVisible();
    }
    if (width < 768) {
      await main.getByRole('link', { name: 'Settings', exact: true }).click();
      await expect(page).toHaveURL(/\/settings$/);
      await expect(menu, 'following a link closes the menu').toHaveAttribute('aria-expanded', 'false');
      await page.goto('/apis');
      await hydrated(page);
    }

    // A visible search box at every width, and `/` reaches it.
    const search = page.getByRole('combobox', { name: 'Search APIs' }).filter({ visible: true });
    await expect(search, `search at ${width} px`).toHaveCount(1);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
  }
});

test('signed in on a phone, the header stays one short row', async ({ page }) => {
  await page.goto('/');
  await page.setViewportSize({ width: 390, height: 844 });
  await openSetAuthentication(page);
  const dialog = page.getByRole('dialog', { name: 'Set Authentication' });
  await dialog.getByRole('button', { name: 'Use the sandbox demo client' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(64);
  // What the session is stays a tap away.
  await banner.getByRole('button', { name: 'Menu' }).click();
  await expect(banner.getByTestId('auth-status')).toContainText(/expires in \d{2}:\d{2}/);
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('search results can be told apart at every width: whole names and paths, inside the window', async ({
  page,
}) => {
  await page.goto('/apis');
  await hydrated(page);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search APIs' }).filter({ visible: true });
    await expect(search).toBeFocused();
    await search.fill('invitation');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const problems = await options.evaluateAll((elements) =>
      elements.flatMap((option) => {
        option.scrollIntoView({ block: 'nearest' });
        const box = option.getBoundingClientRect();
        const found: string[] = [];
        const text = option.textContent ?? '';
        if (box.left < 0 || box.right > window.innerWidth) found.push(`"${text}" leaves the window`);
        for (const part of Array.from(option.querySelectorAll<HTMLElement>('span'))) {
          if (part.scrollWidth > part.clientWidth + 1) found.push(`"${part.textContent}" is cut off`);
        }
        const hit = document.elementFromPoint(box.left + box.width - 4, box.top + box.height / 2);
        if (!hit || !option.contains(hit)) found.push(`"${text}" is clipped at its right edge`);
        return found;
      }),
    );
    expect(problems, `at ${width} px`).toEqual([]);
    await expect(options.filter({ hasText: 'Withdraw a pending invitation' })).toContainText('/invitations');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
});
