import { expect, test } from './fixtures';
import { Explorer } from './pages/explorer';
import { Profiles } from './pages/profiles';
import { DEMO, OTHER } from './test-env';

/** The customer DaaS /me answers for, read from the response body the UI shows. */
async function meCustomer(explorer: Explorer): Promise<string> {
  await explorer.send();
  await expect(explorer.status()).toHaveText('200 OK');
  const body = JSON.parse(await explorer.rawBody()) as { Customers: { Id: string }[] };
  return body.Customers[0]!.Id;
}

test.describe('connection profiles', () => {
  test('two sandbox profiles of different customers, used in turn, each see their own data', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const profiles = new Profiles(page);
    const status = page.getByTestId('auth-status');

    await profiles.newWithDemoClient('Demo');
    await expect(status).toContainText(DEMO.customerId);
    await profiles.newWithClient('Other', OTHER);
    await expect(status).toContainText(OTHER.customerId);
    await expect(profiles.switcher().locator('option:checked')).toHaveText(/^Other · \d+ min$/);

    // DaaS /me under "Other", then under "Demo", then "Other" again: each profile's own customer.
    await page.goto('/apis/daas/Me_GetMe');
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(OTHER.customerId);
    expect(await meCustomer(explorer)).toBe(OTHER.customerId);

    await profiles.switchTo('Demo');
    await expect(status).toContainText(DEMO.customerId);
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(DEMO.customerId);
    expect(await meCustomer(explorer)).toBe(DEMO.customerId);

    await profiles.switchTo('Other');
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(OTHER.customerId);
    expect(await meCustomer(explorer)).toBe(OTHER.customerId);

    // SystemLog agrees: every record is the active profile's customer.
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const records = JSON.parse(await explorer.rawBody()) as { Items: { CustomerId: string }[] };
    expect(records.Items.length).toBeGreaterThan(0);
    expect(new Set(records.Items.map((item) => item.CustomerId))).toEqual(new Set([OTHER.customerId]));

    // Each profile keeps its own token and countdown.
    await page.goto('/settings');
    const demoRow = page.getByRole('listitem', { name: 'Profile Demo' });
    const otherRow = page.getByRole('listitem', { name: 'Profile Other' });
    await expect(demoRow.getByTestId('profile-token')).toHaveText(
      new RegExp(`^${DEMO.customerId} · Sandbox · expires in \\d{2}:\\d{2}$`),
    );
    await expect(otherRow.getByTestId('profile-token')).toHaveText(
      new RegExp(`^${OTHER.customerId} · Sandbox · expires in \\d{2}:\\d{2}$`),
    );
    await expect(otherRow).toContainText('Active');

    // One sealed HttpOnly cookie per profile, plus the active-profile pointer; nothing readable by scripts.
    const cookies = await context.cookies();
    const ours = cookies.filter((cookie) => cookie.name.startsWith('cxapi'));
    expect(ours.filter((cookie) => /^cxapi-p[a-z0-9]+$/.test(cookie.name))).toHaveLength(2);
    expect(ours.map((cookie) => cookie.name)).toContain('cxapi-active');
    for (const cookie of ours) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe('Strict');
      // No token in the clear: a JWT's header and payload (`eyJ….eyJ…`). A bare "eyJ" also turns
      // up by chance in sealed ciphertext (about one run in a hundred), which is not a leak.
      expect(cookie.value, cookie.name).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    }
    // Profile metadata in localStorage: names and IDs only.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('cxapi.profiles')))!) as {
      profiles: Record<string, unknown>[];
    };
    expect(saved.profiles.map((profile) => [profile.name, profile.customerId])).toEqual([
      ['Demo', DEMO.customerId],
      ['Other', OTHER.customerId],
    ]);
    for (const profile of saved.profiles)
      expect(Object.keys(profile).sort()).toEqual([
        'clientId',
        'customerId',
        'demo',
        'flow',
        'id',
        'name',
        'region',
        'renew',
      ]);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(stored).not.toMatch(/secret/i);
  });

  test('signing out leaves the other profiles signed in; a profile can be renamed and deleted', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const profiles = new Profiles(page);
    const status = page.getByTestId('auth-status');
    await profiles.newWithDemoClient('Demo');
    await profiles.newWithClient('Other', OTHER);

    await profiles.auth.signOut();
    await expect(profiles.switcher().locator('option:checked')).toHaveText('Other · no token');
    await profiles.switchTo('Demo');
    await expect(status).toContainText(DEMO.customerId);

    await page.goto('/settings');
    const other = page.getByRole('listitem', { name: 'Profile Other' });
    await other.getByRole('button', { name: 'Rename' }).click();
    await other.getByRole('textbox', { name: 'Profile name' }).fill('Second customer');
    await other.getByRole('button', { name: 'Save' }).click();
    const renamed = page.getByRole('listitem', { name: 'Profile Second customer' });
    await expect(renamed).toBeVisible();
    await expect(profiles.switcher().locator('option', { hasText: 'Second customer' })).toHaveCount(1);

    // "Second customer" gets a token again, then is deleted: its cookie goes, Demo stays active.
    await renamed.getByRole('button', { name: 'Switch to Second customer' }).click();
    await expect(renamed).toContainText('Active');
    await page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
    const dialog = profiles.auth.dialog();
    await expect(dialog.getByLabel('Save to profile')).toHaveValue(/^[a-z0-9]+$/);
    // The dialog starts from the profile's saved, non-secret values: only the secret is asked again.
    await expect(dialog.getByLabel('Customer ID', { exact: true })).toHaveValue(OTHER.customerId);
    await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveValue(OTHER.clientId);
    await dialog.getByLabel('Secret', { exact: true }).fill(OTHER.clientSecret);
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect(dialog).toBeHidden();
    await expect(renamed.getByTestId('profile-token')).toContainText(OTHER.customerId);
    const before = (await context.cookies()).filter((cookie) => /^cxapi-p/.test(cookie.name)).length;

    await renamed.getByRole('button', { name: 'Delete profile Second customer' }).click();
    await expect(renamed).toBeHidden();
    await expect(page.getByRole('listitem', { name: 'Profile Default' })).toContainText('Active');
    await expect
      .poll(async () => (await context.cookies()).filter((cookie) => /^cxapi-p/.test(cookie.name)).length)
      .toBe(before - 1);
    await profiles.switchTo('Demo');
    await expect(status).toContainText(DEMO.customerId);
  });
});

test('the profile picker never cuts its labels: "no token" and the minutes fit at every width', async ({
  page,
}) => {
  await page.goto('/');
  const profiles = new Profiles(page);
  await profiles.newWithDemoClient('Demo');
  const switcher = profiles.switcher();
  await expect(switcher.locator('option')).toHaveText([/ · no token$/, /^Demo · \d+ min$/, 'New profile…']);
  for (const width of [390, 1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    if (!(await switcher.isVisible())) {
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(switcher).toBeVisible();
    // A <select> is as wide as its longest option unless its max-width cuts it: lift the cap and compare.
    const widths = await switcher.evaluate((select: HTMLSelectElement) => {
      const shown = select.getBoundingClientRect().width;
      const cap = select.style.maxWidth;
      select.style.maxWidth = 'none';
      const natural = select.getBoundingClientRect().width;
      select.style.maxWidth = cap;
      return { shown, natural };
    });
    expect(widths.natural, `at ${width} px`).toBeLessThanOrEqual(widths.shown + 0.5);
    if (await menu.isVisible()) await page.keyboard.press('Escape');
  }
});
