import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { CITRIX_SPECS_ABSENT, CITRIX_SPECS_PRESENT, citrixSpec } from '../lib/testing/citrix-specs';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { Importer } from './pages/importer';

/**
 * Imported Citrix documents are invocable: the DaaS tech-preview document on the sandbox, WEM on
 * its own host in a real region, a document without servers once a Server is set for it.
 */

const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');

async function openImported(page: Page, file: string) {
  const importer = new Importer(page);
  await importer.open();
  await importer.importFile(file, { expectStored: false });
  // The 3.4 MB DaaS document takes a while on a busy machine; nothing here is timed.
  await expect(importer.result().getByRole('link', { name: /^Open / })).toBeVisible({ timeout: 90_000 });
  return importer;
}

async function openOperation(page: Page, filter: string, name: RegExp) {
  await page.getByPlaceholder('Filter operations').fill(filter);
  await page.getByTestId('imported-operation-list').getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Imports a DaaS document, opens "get machine catalogs" and invokes it on the sandbox. */
async function machineCatalogsOnTheSandbox(page: Page, file: string) {
  await page.goto('/');
  await new AuthFlow(page).useDemoClient();
  const importer = await openImported(page, file);
  await expect(importer.result().getByTestId('import-report')).toContainText('onto /cvad/manage/');
  await importer
    .result()
    .getByRole('link', { name: /^Open / })
    .click();
  await expect(page.getByTestId('invoke-target')).toContainText('/sandbox/cvad/manage');
  await openOperation(page, 'get all machine catalogs', /Get all machine catalogs/);
  const explorer = new Explorer(page);
  await explorer.openInvoke();
  const invoke = page.waitForRequest((request) => request.url().endsWith('/api/invoke'));
  await explorer.send();
  const body = (await invoke).postDataJSON() as { target: unknown; path: string; headers: string[][] };
  expect(body.target).toEqual({ hostKind: 'gateway', basePath: '/cvad/manage' });
  expect(body.path).toBe('/MachineCatalogs');
  expect(body.headers.map(([name]) => name)).toEqual(
    expect.arrayContaining(['Citrix-CustomerId', 'Citrix-InstanceId']),
  );
  await expect(explorer.status()).toHaveText('200 OK');
  const raw = JSON.parse(await explorer.rawBody()) as { Items: unknown[] };
  expect(raw.Items.length).toBeGreaterThan(0);
  await expect(page.getByText(/\/sandbox\/cvad\/manage\/MachineCatalogs/).first()).toBeVisible();
}

test.describe('Imported documents are invocable', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the DaaS tech-preview document: "get machine catalogs" answers 200 from the sandbox', async ({
    page,
  }) => {
    test.skip(!CITRIX_SPECS_PRESENT, CITRIX_SPECS_ABSENT);
    await machineCatalogsOnTheSandbox(page, citrixSpec('citrixorchestration-techpreview'));
  });

  test('a small document in the DaaS tech-preview shape: the hand-written handler, and the document itself for the rest', async ({
    page,
  }) => {
    await machineCatalogsOnTheSandbox(page, path.join(TESTDATA, 'daas-techpreview-shape.yaml'));
    await page.goBack();
    // No hand-written handler: the sandbox answers from the document, which declares only a 404.
    await openOperation(page, 'does not serve', /Get a thing the sandbox does not serve/);
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByRole('textbox', { name: 'id', exact: true }).fill('thing-1');
    const invoke = page.waitForRequest((request) => request.url().endsWith('/api/invoke'));
    await explorer.send();
    expect((await invoke).postDataJSON()).toMatchObject({
      documentId: expect.stringMatching(/^[a-f0-9]{64}$/),
    });
    await expect(explorer.status()).toHaveText('404 Not Found');
    const response = page.getByRole('region', { name: 'Response', exact: true });
    await expect(response).not.toContainText('Citrix-CustomerId');
  });

  test('a WEM-shaped document on the sandbox: list, create, delete, and the list follows', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const importer = await openImported(page, path.join(TESTDATA, 'wem-machines.yaml'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(page.getByTestId('invoke-target')).toContainText('/sandbox/wem');
    const overview = page.url();
    const explorer = new Explorer(page);

    async function machines(): Promise<{ id: number; description?: string }[]> {
      await page.goto(overview);
      await openOperation(page, 'Query machine', /Query machine-level AD objects/);
      await explorer.openInvoke();
      await explorer.send();
      await expect(explorer.status()).toHaveText('200 OK');
      return (JSON.parse(await explorer.rawBody()) as { items: { id: number; description?: string }[] })
        .items;
    }

    const before = await machines();
    expect(before.length).toBeGreaterThan(0);

    await page.goto(overview);
    await openOperation(page, 'Create a machine', /Create a machine-level AD object/);
    await explorer.openInvoke();
    await page
      .getByLabel('Request body')
      .fill(JSON.stringify({ description: 'Demo machine', type: 'Computer' }));
    await explorer.send();
    await expect(explorer.status()).toHaveText('201 Created');

    const during = await machines();
    expect(during).toHaveLength(before.length + 1);
    const mine = during.find((machine) => machine.description === 'Demo machine');
    expect(mine).toBeDefined();

    await page.goto(overview);
    await openOperation(page, 'Delete a machine', /Delete a machine-level AD object/);
    await explorer.openInvoke();
    await page.getByRole('textbox', { name: 'id', exact: true }).fill(String(mine!.id));
    await explorer.send();
    // A delete on the sandbox is a change: the demo deployment may ask first.
    await expect(explorer.status()).toHaveText('204 No Content');

    const after = await machines();
    expect(after.map((machine) => machine.id)).toEqual(before.map((machine) => machine.id));

    // A body the document's schema refuses: the service's 400, naming the field.
    await page.goto(overview);
    await openOperation(page, 'Create a machine', /Create a machine-level AD object/);
    await explorer.openInvoke();
    await page.getByLabel('Request body').fill(JSON.stringify({ type: 'Laptop' }));
    await explorer.send();
    await expect(explorer.status()).toHaveText('400 Bad Request');
    await expect(page.getByRole('region', { name: 'Response', exact: true })).toContainText('/type');
  });

  test('the WEM document in region US without a network: "Could not reach api.wem.cloud.com …"', async ({
    page,
  }) => {
    test.skip(!CITRIX_SPECS_PRESENT, CITRIX_SPECS_ABSENT);
    const importer = await openImported(page, citrixSpec('devicemanagement'));
    await expect(importer.result().getByTestId('import-report')).toContainText('api.wem.cloud.com');
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await page.getByRole('banner').getByRole('combobox', { name: 'Region' }).selectOption({ label: 'US' });
    await expect(page.getByTestId('invoke-target')).toContainText('https://api.wem.cloud.com');
    await openOperation(page, 'Site_Query', /Query Sites(?! by)/);
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page
      .getByRole('textbox', { name: 'Authorization', exact: true })
      .fill('CwsAuth Bearer=not-a-real-token');
    await page.getByLabel('Citrix-CustomerId').fill('acme01');
    await explorer.send();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not reach api.wem.cloud.com' }),
    ).toBeVisible({
      timeout: 30_000,
    });
  });

  test('a document without servers: the Server control makes it invocable, and a bad Server is refused', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const importer = await openImported(page, path.join(TESTDATA, 'no-servers.yaml'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    const target = page.getByTestId('invoke-target');
    await expect(target).toContainText('cannot be invoked in region Sandbox');
    await expect(target).toContainText('lists no servers');
    const control = page.getByTestId('server-control');
    // A URL outside the table is refused by the form, naming the host…
    await control.getByLabel('Base path').fill('https://10.0.0.1:8443/systemlog');
    await control.getByRole('button', { name: 'Use this Server' }).click();
    await expect(control.getByRole('alert')).toContainText('10.0.0.1 is an IP address');
    // …and by the server, whatever the browser sends.
    const refused = await page.request.post('/api/invoke', {
      headers: { origin: new URL(page.url()).origin },
      data: {
        kind: 'imported',
        region: 'sandbox',
        target: { hostKind: 'api.cloud.com:8443', basePath: '/systemlog' },
        method: 'GET',
        path: '/records',
      },
    });
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'host kinds of the region table',
    );

    await control.getByLabel('Host').selectOption('gateway');
    await control.getByLabel('Base path').fill('/systemlog');
    await control.getByRole('button', { name: 'Use this Server' }).click();
    await expect(target).toContainText('Invocable in region Sandbox');
    await expect(target).toContainText('/sandbox/systemlog');
    // Remembered with the document.
    await page.reload();
    await expect(page.getByTestId('invoke-target')).toContainText('/sandbox/systemlog');

    await openOperation(page, 'records', /Records_List|List records/);
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(page.getByText(/\/sandbox\/systemlog\/records/).first()).toBeVisible();
  });

  test('exports an imported document to Postman and as OpenAPI; a failed import keeps the others', async ({
    page,
  }) => {
    const importer = await openImported(page, path.join(TESTDATA, 'wem-shape.yaml'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    const postman = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export to Postman/ }).click();
    expect((await postman).suggestedFilename()).toMatch(/\.postman_collection\.json$/);
    const openapi = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download OpenAPI' }).click();
    const file = await openapi;
    expect(file.suggestedFilename()).toBe('example-wem-shape.openapi.json');
    const document = JSON.parse(
      await (
        await file.createReadStream()
      )
        .toArray()
        .then((chunks) => Buffer.concat(chunks).toString('utf8')),
    ) as { servers: { url: string }[]; components: { securitySchemes: Record<string, unknown> } };
    expect(document.servers[0]?.url).toMatch(/\/sandbox\/wem$/);
    expect(Object.keys(document.components.securitySchemes)).toEqual(['CwsAuth']);

    await importer.open();
    await importer.paste('openapi: 3.1.0\ninfo: [', { expectStored: false });
    await expect(importer.problems().first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Example WEM shape' }).first()).toBeVisible();
  });
});
