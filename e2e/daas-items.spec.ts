import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';

/**
 * The DaaS collections the sandbox keeps by hand, whole: a zone created from its form's example is
 * listed and read, edited, then deleted, and the read answers 404 — each from its operation page, as
 * a person would do it. Screenshots of the pages touched at a phone's width and a desktop's.
 */

/** Opens an operation's page and its Invoke API form, fills the item and the body, sends; the status shown. */
async function call(page: Page, operationId: string, input: { nameOrId?: string; body?: unknown } = {}) {
  const explorer = new Explorer(page);
  await page.goto(`/apis/daas/${operationId}`);
  await explorer.openInvoke();
  if (input.nameOrId !== undefined) await page.getByLabel('nameOrId').fill(input.nameOrId);
  if (input.body !== undefined) await page.getByLabel('Request body').fill(JSON.stringify(input.body));
  await explorer.send();
  return explorer;
}

test.describe('DaaS zones: create → list → read → edit → delete → 404, in the browser', () => {
  test('every step from its operation page, with the form’s own example', async ({ page }, testInfo) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();

    const explorer = new Explorer(page);
    await page.goto('/apis/daas/Zones_CreateZone');
    await explorer.openInvoke();
    const body = JSON.parse(await page.getByLabel('Request body').inputValue()) as { Name: string };
    expect(body.Name).toBe('Azure West Europe');
    await explorer.send();
    await expect(explorer.status()).toHaveText('201 Created');
    await page.screenshot({ path: testInfo.outputPath('create-zone-1440.png'), fullPage: true });

    const list = await call(page, 'Zones_GetZones');
    await expect(list.status()).toHaveText('200 OK');
    const listed = JSON.parse(await list.rawBody()) as { Items: { Id: string; Name: string }[] };
    const zone = listed.Items.find((item) => item.Name === 'Azure West Europe');
    expect(zone).toBeDefined();
    const nameOrId = zone!.Id;

    const edit = await call(page, 'Zones_EditZone', {
      nameOrId,
      body: { Description: 'Edited in the browser' },
    });
    await expect(edit.status()).toHaveText('204 No Content');

    const read = await call(page, 'Zones_GetZone', { nameOrId });
    await expect(read.status()).toHaveText('200 OK');
    expect(JSON.parse(await read.rawBody())).toMatchObject({ Description: 'Edited in the browser' });

    await expect((await call(page, 'Zones_DeleteZone', { nameOrId })).status()).toHaveText('204 No Content');
    await expect((await call(page, 'Zones_GetZone', { nameOrId })).status()).toHaveText('404 Not Found');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/apis/daas/Zones_DeleteZone');
    await explorer.openInvoke();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('delete-zone-390.png'), fullPage: true });
  });
});
