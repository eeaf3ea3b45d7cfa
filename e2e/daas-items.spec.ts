import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';

/**
 * The DaaS collections the sandbox keeps by hand, whole: a zone created from its form's example is
 * listed and read, edited, then deleted, and the read answers 404 — each from its operation page, as
 * a person would do it. Screenshots of the pages touched at a phone's width and a desktop's.
 */

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

    await page.goto('/apis/daas/Zones_GetZones');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const listed = JSON.parse(await explorer.rawBody()) as { Items: { Id: string; Name: string }[] };
    const zone = listed.Items.find((item) => item.Name === 'Azure West Europe');
    expect(zone).toBeDefined();

    await page.goto('/apis/daas/Zones_EditZone');
    await explorer.openInvoke();
    await page.getByLabel('nameOrId').fill(zone!.Id);
    await page.getByLabel('Request body').fill(JSON.stringify({ Description: 'Edited in the browser' }));
    await explorer.send();
    await expect(explorer.status()).toHaveText('204 No Content');

    await page.goto('/apis/daas/Zones_GetZone');
    await explorer.openInvoke();
    await page.getByLabel('nameOrId').fill(zone!.Id);
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    expect(JSON.parse(await explorer.rawBody())).toMatchObject({ Description: 'Edited in the browser' });

    await page.goto('/apis/daas/Zones_DeleteZone');
    await explorer.openInvoke();
    await page.getByLabel('nameOrId').fill(zone!.Id);
    await explorer.send();
    await expect(explorer.status()).toHaveText('204 No Content');

    await page.goto('/apis/daas/Zones_GetZone');
    await explorer.openInvoke();
    await page.getByLabel('nameOrId').fill(zone!.Id);
    await explorer.send();
    await expect(explorer.status()).toHaveText('404 Not Found');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/apis/daas/Zones_DeleteZone');
    await explorer.openInvoke();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('delete-zone-390.png'), fullPage: true });
  });
});
