import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { CITRIX_DOCUMENTS } from '../lib/import/testdata/citrix-documents';
import { CITRIX_SPECS_ABSENT, CITRIX_SPECS_PRESENT, citrixSpec } from '../lib/testing/citrix-specs';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { Importer } from './pages/importer';

const SPECS_PRESENT = CITRIX_SPECS_PRESENT;
const SPECS_ABSENT = CITRIX_SPECS_ABSENT;
const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');
const spec = citrixSpec;

test.describe('Import an API description', () => {
  test('every Citrix document in ../shared/specs imports and shows its operation count', async ({ page }) => {
    test.skip(!SPECS_PRESENT, SPECS_ABSENT);
    test.setTimeout(120_000);
    const importer = new Importer(page);
    await importer.open();
    for (const document of CITRIX_DOCUMENTS) {
      await importer.importFile(spec(document.dir));
      await expect(importer.result().getByRole('heading', { name: document.title })).toBeVisible();
      await expect(importer.operationCount()).toHaveText(`${document.operations} operations`);
    }
    // All nine are listed in the sidebar and on /apis, beside the built-in services.
    const sidebar = page.getByRole('navigation', { name: 'Imported APIs' });
    for (const document of CITRIX_DOCUMENTS)
      await expect(
        sidebar.getByRole('link', { name: new RegExp(`^${escape(document.title)}`) }),
      ).toBeVisible();
    await page.goto('/apis');
    const cards = page.getByRole('region', { name: 'Imported APIs' });
    await expect(cards.getByRole('listitem')).toHaveCount(CITRIX_DOCUMENTS.length);
    await expect(
      cards.getByRole('link', { name: /Citrix Virtual Apps and Desktops REST API TECHPREVIEW/ }),
    ).toContainText('561 operations');
  });

  test('the 561-operation document: a virtualised list that filters, a page per operation, HEAD explained', async ({
    page,
  }) => {
    test.skip(!SPECS_PRESENT, SPECS_ABSENT);
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(spec('citrixorchestration-techpreview'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Citrix Virtual Apps and Desktops REST API TECHPREVIEW' }),
    ).toBeVisible();
    const list = page.getByTestId('imported-operation-list');
    await expect(list).toHaveAttribute('data-count', '561');
    // Virtualised: far fewer rows in the DOM than operations.
    expect(await list.getByRole('listitem').count()).toBeLessThan(80);
    await page.getByPlaceholder('Filter operations').fill('machinecatalog delete');
    await expect(page.getByTestId('operation-count')).toHaveText(/^\d+ of 561 operations match$/);
    await page.getByPlaceholder('Filter operations').fill('MachineCatalogsTP_DeleteMachineCatalog');
    await expect(list).toHaveAttribute('data-count', '1');
    await list.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('MachineCatalogsTP_DeleteMachineCatalog', { exact: true })).toBeVisible();
    // Its relative server and tech-preview paths were mapped onto /cvad/manage: it can be invoked.
    await expect(page.getByRole('button', { name: 'Invoke API' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Responses' })).toBeVisible();

    await page.goBack();
    await page.getByPlaceholder('Filter operations').fill('head');
    const head = list.getByRole('link').filter({ hasText: 'HEAD' }).first();
    await head.click();
    await expect(page.getByTestId('invoke-unavailable')).toHaveText(
      'HEAD operations cannot be invoked: the proxy sends GET, POST, PUT, PATCH and DELETE only.',
    );
  });

  test('an Administrators operation is invoked through the proxy (servers → sandbox + /administrators)', async ({
    page,
  }) => {
    test.skip(!SPECS_PRESENT, SPECS_ABSENT);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(spec('ccadmins'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(page.getByTestId('invoke-target')).toContainText('Invocable in region Sandbox');
    await expect(page.getByTestId('invoke-target')).toContainText('/sandbox/administrators');
    await page
      .getByTestId('imported-operation-list')
      .getByRole('link', { name: /Fetch all CC administrators/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fetch all CC administrators.' })).toBeVisible();

    const invoke = page.waitForRequest((request) => request.url().endsWith('/api/invoke'));
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    // The browser names a host kind and a base path, never a host or a URL.
    const body = (await invoke).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'imported',
      region: 'sandbox',
      target: { hostKind: 'gateway', basePath: '/administrators' },
      method: 'GET',
      path: '/',
    });
    expect(JSON.stringify(body)).not.toMatch(/https?:|cloud\.com/);
    await expect(explorer.status()).toContainText('200');
    const raw = JSON.parse(await explorer.rawBody()) as { items: { email?: string }[] };
    expect(raw.items.length).toBeGreaterThan(0);
    await expect(page.getByText(/\/sandbox\/administrators\//).first()).toBeVisible();
  });

  test('the Catalog Service document maps onto its own host of the region table (the sandbox here)', async ({
    page,
  }) => {
    test.skip(!SPECS_PRESENT, SPECS_ABSENT);
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(spec('citrixquickdeploy'));
    await expect(importer.result().getByRole('note')).toContainText(
      'places inside schemas or response headers',
    );
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    const target = page.getByTestId('invoke-target');
    await expect(target).toContainText('Invocable in region Sandbox');
    await expect(target).toContainText('/sandbox/catalogs');
  });

  test('a Swagger 2.0 file and a pasted OpenAPI 3.1 document of our own import; both are searchable and removable', async ({
    page,
  }) => {
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(path.join(TESTDATA, 'swagger2-systemlog.yaml'));
    await expect(importer.result()).toContainText('Swagger 2.0, YAML');
    await expect(importer.operationCount()).toHaveText('2 operations');
    await importer.paste(readFileSync(path.join(TESTDATA, 'openapi31-resourcelocations.json'), 'utf8'));
    await expect(importer.result()).toContainText('OpenAPI 3.1.0, JSON');
    await expect(importer.operationCount()).toHaveText('3 operations');

    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(3);

    // Search APIs finds imported operations and opens their page.
    await new Explorer(page).searchAndOpen('get_records_id', /Get one record/);
    await expect(page).toHaveURL(/\/imported\/systemlog-swagger-2-0-sample-[0-9a-f]{8}\/get_records_id$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Get one record' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();
    await expect(page.getByRole('table').filter({ hasText: 'id' }).first()).toBeVisible();

    // Removal: gone from the sidebar and the table.
    await importer.open();
    await page.getByRole('button', { name: 'Remove SystemLog (Swagger 2.0 sample)' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Removed SystemLog (Swagger 2.0 sample).' }),
    ).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(
      page.getByRole('navigation', { name: 'Imported APIs' }).getByRole('link', { name: /SystemLog/ }),
    ).toHaveCount(0);
    await page.reload();
    await expect(
      page
        .getByRole('navigation', { name: 'Imported APIs' })
        .getByRole('link', { name: /Resource Locations/ }),
    ).toBeVisible();
  });

  test('a broken document gets an error that names where: the line for YAML and JSON syntax, the JSON path for the schema', async ({
    page,
  }) => {
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(path.join(TESTDATA, 'broken-yaml.yaml'), { expectStored: false });
    await expect(importer.result().getByRole('alert')).toContainText('The document was not imported.');
    await expect(importer.problems().first()).toContainText(
      /^Line 11, column \d+YAML syntax error at line 11/,
    );

    await importer.importFile(path.join(TESTDATA, 'broken-json.json'), { expectStored: false });
    await expect(importer.problems().first()).toContainText(
      'Line 8, column 5JSON syntax error at line 8, column 5',
    );

    await importer.paste(readFileSync(path.join(TESTDATA, 'broken-schema.yaml'), 'utf8'), {
      expectStored: false,
    });
    await expect(
      importer
        .problems()
        .filter({ hasText: '$.paths["/things"].get has no "responses" field, which OpenAPI requires here' }),
    ).toHaveCount(1);
    await expect(
      importer.problems().filter({ hasText: '$.paths["/others"].post.parameters[0].in' }),
    ).toHaveCount(1);
    // Nothing was stored.
    await expect(page.getByText('No documents imported yet.')).toBeVisible();
  });

  test('a hostile document renders inert: no dialog, no script, no navigation, the markup shown as text', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const importer = new Importer(page);
    await importer.open();
    await importer.importFile(path.join(TESTDATA, 'xss.yaml'));
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hostile descriptions' })).toBeVisible();
    // The description's HTML is text, not markup.
    await expect(
      page.getByText("Before <script>window.__xss = 'info'; alert('xss-info')</script> after."),
    ).toBeVisible();
    await expect(
      page.getByText('<img src="x" onerror="window.__xss = \'img\'; alert(\'xss-img\')">'),
    ).toBeVisible();
    expect(await page.locator('main script, main img').count()).toBe(0);

    const here = page.url();
    await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'still here'));
    // A javascript: or data: link is shown as its text: no href at all, so a click goes nowhere.
    for (const name of ['Click me', 'data link']) {
      const link = page.getByText(name, { exact: true });
      await expect(link).toBeVisible();
      expect(await link.evaluate((element) => [element.tagName, element.getAttribute('href')])).toEqual([
        'SPAN',
        null,
      ]);
      await link.click();
    }
    await page.getByTestId('imported-operation-list').getByRole('link').first().click();
    await expect(
      page.getByText("Operation text <script>window.__xss = 'op'; alert('xss-op')</script> end."),
    ).toBeVisible();
    await expect(page.getByText('<b onmouseover=alert(1)>param</b>', { exact: false })).toBeVisible();
    // The response summary shows its description as plain text, link syntax and all.
    await expect(
      page.getByText("Response <script>alert('resp')</script> [r](javascript:alert('r'))"),
    ).toBeVisible();
    for (const name of ['Operation link', 'param link']) {
      const link = page.locator('main').getByText(name, { exact: true }).first();
      expect(await link.evaluate((element) => [element.tagName, element.getAttribute('href')])).toEqual([
        'SPAN',
        null,
      ]);
      await link.click();
    }
    await page.goBack();
    await expect(page).toHaveURL(here);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe(
      'still here',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A YAML description of our own, about 3 MB: `count` operations with long descriptions. */
function largeYaml(count: number): string {
  const filler = 'Lists the things of this kind, page by page, with their names and ids. '.repeat(20);
  const lines = ['openapi: 3.1.0', 'info:', '  title: Large pasted document', "  version: '1'", 'paths:'];
  for (let index = 0; index < count; index += 1) {
    lines.push(
      `  /things${index}:`,
      '    get:',
      `      operationId: listThings${index}`,
      `      summary: List things ${index}`,
      `      description: ${filler.trim()}`,
      '      responses:',
      "        '200':",
      '          description: The things.',
    );
  }
  return `${lines.join('\n')}\n`;
}

test('a 3 MB YAML document pasted stays out of the paste box (issue 12: pasting took seconds) and imports', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const importer = new Importer(page);
  await importer.open();
  const yaml = largeYaml(2000);
  expect(yaml.length).toBeGreaterThan(3_000_000);
  await page.evaluate((text) => navigator.clipboard.writeText(text), yaml);
  const box = page.getByLabel('API description (JSON or YAML)');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('large-paste')).toContainText(/Pasted 3\.\d MB of text/);
  // The megabytes are not laid out in the box: it stays empty.
  expect(await box.evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(0);
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await importer.waitStored();
  await expect(importer.operationCount()).toHaveText('2000 operations');

  // Typing replaces what was kept aside.
  await importer.open();
  await page.evaluate((text) => navigator.clipboard.writeText(text), yaml);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('large-paste')).toBeVisible();
  await box.pressSequentially('x');
  await expect(page.getByTestId('large-paste')).toHaveCount(0);
  await expect(box).toHaveValue('x');
});
