import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { Importer } from './pages/importer';

/**
 * Imported descriptions and share links as attack input (issue 14 finding 7): every field of a
 * hostile OpenAPI document and of a hostile share link is rendered on every page that shows it,
 * with a `window.__pwned` trap and a dialog listener. Nothing may run, no markup may be injected
 * (no element with an `on…` attribute, no `javascript:` link, no image fetched from the payloads),
 * and the Content Security Policy must have had nothing to block.
 */

const RUN = 'window.__pwned=1;alert(1)';
const IMG = `<img src=x onerror="${RUN}">`;
const SCRIPT = `</script><script>${RUN}</script>`;
const SVG = `"><svg onload="${RUN}">`;
const TEMPLATE =
  "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned=1} `$(touch /tmp/pwned)`";
const JS_URL = `javascript:${RUN}`;
/** Everything at once, for free-text fields. */
const ALL = `${IMG} ${SCRIPT} ${SVG} ${TEMPLATE} [link](${JS_URL}) <a href="${JS_URL}">a</a>`;

const TITLE = `Pwn API ${IMG}`;

function hostileDocument() {
  const schema = {
    type: 'object',
    title: IMG,
    description: ALL,
    required: [IMG],
    'x-pwn': ALL,
    properties: {
      [IMG]: { type: 'string', description: ALL, enum: [IMG, SCRIPT], example: SVG, default: SCRIPT },
      name: { type: 'string', title: SVG, description: ALL, example: IMG, pattern: SCRIPT },
      nested: {
        type: 'object',
        description: ALL,
        properties: { [SVG]: { type: 'integer', description: ALL, enum: [1, 2] } },
      },
    },
    example: { [IMG]: SCRIPT, name: SVG },
  };
  const parameters = [
    {
      name: 'id',
      in: 'path',
      required: true,
      description: ALL,
      example: IMG,
      schema: { type: 'string', enum: [IMG, SCRIPT, SVG], default: IMG },
    },
    {
      name: 'q',
      in: 'query',
      description: ALL,
      example: SCRIPT,
      schema: { type: 'string', default: SVG, description: ALL },
      'x-pwn': ALL,
    },
    { name: 'X-Note', in: 'header', description: ALL, example: IMG, schema: { type: 'string' } },
    { name: IMG, in: 'query', description: ALL, schema: { type: 'string', enum: [SVG] } },
  ];
  const responses = {
    '200': {
      description: ALL,
      headers: { 'X-Pwn': { description: ALL, schema: { type: 'string', example: IMG } } },
      content: {
        'application/json': {
          schema,
          // (OpenAPI 3.0 allows example or examples on a media type, not both.)
          examples: { hostile: { summary: IMG, description: ALL, value: { a: SVG } } },
        },
      },
    },
    '400': { description: `${SCRIPT} [bad](${JS_URL})` },
  };
  return {
    openapi: '3.0.3',
    info: {
      title: TITLE,
      version: `1 ${SVG}`,
      description: `${ALL}\n\n[protocol-relative](//evil.example/x) ![session](/api/auth/session) ![pixel](https://evil.example/p.gif)`,
      termsOfService: JS_URL,
      contact: { name: IMG, url: JS_URL, email: SVG },
      license: { name: SCRIPT, url: JS_URL },
      'x-logo': { url: JS_URL, altText: IMG },
      'x-pwn': ALL,
    },
    externalDocs: { url: JS_URL, description: ALL },
    servers: [
      { url: 'https://api.cloud.com/pwn', description: ALL, 'x-pwn': ALL },
      { url: JS_URL, description: IMG },
      { url: `https://api.cloud.com/${encodeURIComponent(IMG)}`, description: SCRIPT },
    ],
    tags: [
      { name: `tag ${IMG}`, description: ALL, externalDocs: { url: JS_URL, description: SVG } },
      { name: SCRIPT, description: ALL },
    ],
    'x-tagGroups': [{ name: IMG, tags: [SCRIPT] }],
    paths: {
      '/items/{id}': {
        summary: ALL,
        description: ALL,
        get: {
          operationId: 'PwnGetItem',
          summary: `Get ${IMG}`,
          description: ALL,
          tags: [`tag ${IMG}`, SCRIPT],
          externalDocs: { url: JS_URL, description: IMG },
          parameters,
          responses,
          'x-code-samples': [{ lang: IMG, label: SVG, source: SCRIPT }],
          'x-pwn': ALL,
        },
        post: {
          operationId: `Pwn${IMG}`,
          summary: ALL,
          description: ALL,
          deprecated: true,
          tags: [SCRIPT],
          parameters: [parameters[0]],
          requestBody: {
            description: ALL,
            required: true,
            content: {
              'application/json': { schema, example: { [IMG]: SCRIPT, name: SVG, text: ALL } },
            },
          },
          responses,
        },
      },
    },
    components: { schemas: { [`Pwn${IMG.replace(/[^A-Za-z0-9]/g, '')}`]: schema } },
  };
}

interface Watch {
  dialogs: string[];
  blocked: string[];
  errors: string[];
}

/** The trap: any payload that runs sets window.__pwned, which the init script records in sessionStorage. */
async function arm(page: Page): Promise<Watch> {
  const watch: Watch = { dialogs: [], blocked: [], errors: [] };
  await page.addInitScript(() => {
    const record = (what: string) => {
      const hits = JSON.parse(sessionStorage.getItem('__pwnedHits') ?? '[]') as string[];
      hits.push(what);
      sessionStorage.setItem('__pwnedHits', JSON.stringify(hits));
    };
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => record(`${location.pathname}: ${String(value)}`),
    });
  });
  page.on('dialog', async (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  // A CSP report means markup got into the page and only the policy stopped it.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text()))
      watch.blocked.push(message.text());
  });
  return watch;
}

/** Nothing ran and nothing was injected on the page as it is now. */
async function expectInert(page: Page, watch: Watch, where: string) {
  const state = await page.evaluate(() => {
    const withHandlers: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) withHandlers.push(`${element.tagName} ${attribute.name}`);
      }
    }
    return {
      hits: JSON.parse(sessionStorage.getItem('__pwnedHits') ?? '[]') as string[],
      withHandlers,
      scriptLinks: [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
        .map(
          (element) =>
            element.getAttribute('href') ??
            element.getAttribute('src') ??
            element.getAttribute('action') ??
            '',
        )
        .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
      payloadImages: [...document.querySelectorAll('img, svg[onload], image')]
        .map(
          (element) =>
            element.getAttribute('src') ?? element.getAttribute('href') ?? element.outerHTML.slice(0, 80),
        )
        .filter((src) => src === 'x' || /evil\.example|\/api\//.test(src) || /onload/.test(src)),
      iframes: document.querySelectorAll('main iframe, main object, main embed').length,
    };
  });
  expect(state.hits, `${where}: window.__pwned was set`).toEqual([]);
  expect(watch.dialogs, `${where}: a dialog opened`).toEqual([]);
  expect(state.withHandlers, `${where}: elements with inline handlers`).toEqual([]);
  expect(state.scriptLinks, `${where}: script-capable links`).toEqual([]);
  expect(state.payloadImages, `${where}: images from the payload`).toEqual([]);
  expect(state.iframes, `${where}: embedded frames`).toBe(0);
  expect(watch.blocked, `${where}: the CSP had to block something`).toEqual([]);
  expect(watch.errors, `${where}: uncaught errors`).toEqual([]);
}

/** The fragment value of a share link, built by hand as an attacker would (`j.` + base64url JSON). */
function shareFragment(payload: unknown): string {
  return `j.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}

test.describe('hostile input renders inert on every page', () => {
  test('an imported description with a payload in every field', async ({ page }) => {
    test.setTimeout(300_000);
    const watch = await arm(page);
    const importer = new Importer(page);
    await importer.open();
    await importer.paste(JSON.stringify(hostileDocument(), null, 2));
    await expect(importer.result()).toContainText('Pwn API');
    await expectInert(page, watch, '/import');

    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pwn API <img');
    // The markup is text: the title reads as written.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    const overview = page.url();
    await expectInert(page, watch, 'imported overview');
    // Markdown: the protocol-relative link leaves in a new tab without an opener; images are links.
    const external = page.locator('main a[href="//evil.example/x"]').first();
    await expect(external).toHaveAttribute('target', '_blank');
    await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.locator('main a[href="/api/auth/session"]').first()).toHaveText('Image: session');

    const operations = page.getByTestId('imported-operation-list').getByRole('link');
    const count = await operations.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index += 1) {
      await page.goto(overview);
      await page.getByTestId('imported-operation-list').getByRole('link').nth(index).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expectInert(page, watch, `imported operation ${index}`);
      // Open every collapsed schema node and every tab the page offers, then look again.
      for (const toggle of await page.locator('main [aria-expanded="false"]').all()) {
        if (await toggle.isVisible()) await toggle.click().catch(() => undefined);
      }
      // The loop above may already have opened "Invoke API" (it is a disclosure too): open it only if shut.
      const invoke = page.getByRole('button', { name: 'Invoke API' });
      if (await invoke.isVisible()) {
        if ((await invoke.getAttribute('aria-expanded')) !== 'true') await invoke.click();
        await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
        const snippetTabs = page.getByRole('tablist', { name: 'Code snippets' }).getByRole('tab');
        for (const tab of await snippetTabs.all()) await tab.click();
      }
      await expectInert(page, watch, `imported operation ${index}, expanded`);
    }

    // The catalog and the search list the imported document by its hostile title.
    await page.goto('/apis');
    await expect(page.getByRole('region', { name: 'Imported APIs' })).toContainText('Pwn API <img');
    await expectInert(page, watch, '/apis');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search APIs' }).fill('Pwn');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expectInert(page, watch, 'search results');
  });

  test('share links with a payload in every field, sent, and then in history', async ({ page }) => {
    test.setTimeout(300_000);
    const watch = await arm(page);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();

    // A link for another operation (hostile service and operation ids) is refused and says so.
    await page.goto(
      `/apis/systemlog/GetRecords#share=${shareFragment({ v: 1, s: IMG, o: SCRIPT, p: { [IMG]: SVG } })}`,
    );
    await expect(page.getByTestId('prefill-notice')).toContainText('could not be read');
    await expectInert(page, watch, 'share link for another operation');

    // Malformed fragments: a message, never a crash.
    for (const fragment of ['#share=%', '#history=%ZZ']) {
      // (A new document each time: going to the same page with another hash would not reload it.)
      await page.goto('/apis');
      await page.goto(`/apis/systemlog/GetRecords${fragment}`);
      await expect(page.getByTestId('prefill-notice')).toContainText(
        fragment.startsWith('#share') ? 'could not be read' : 'no longer in this browser',
      );
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }

    // Every parameter and the body of a create call, hostile.
    const body = JSON.stringify({
      destinationAdmin: IMG,
      component: SVG,
      eventId: crypto.randomUUID(),
      severity: 'Information',
      content: [{ languageTag: 'en-US', title: IMG, description: ALL, detailUri: null }],
      categories: [SCRIPT.slice(0, 64)],
      data: { [IMG]: SCRIPT, nested: { [SVG]: [TEMPLATE, JS_URL] } },
      externalId: SVG,
    });
    await page.goto(
      `/apis/notifications/Notifications_CreateItems#share=${shareFragment({
        v: 1,
        s: 'notifications',
        o: 'Notifications_CreateItems',
        p: { 'header:Accept': 'application/json', [`query:${IMG}`]: SCRIPT, [SVG]: IMG },
        b: body,
      })}`,
    );
    await expect(page.getByTestId('prefill-notice')).toContainText('Filled in from a shared link');
    const explorer = new Explorer(page);
    if (!(await page.getByRole('button', { name: 'Send' }).isVisible())) await explorer.openInvoke();
    await expect(page.getByLabel('Request body')).toHaveValue(/Pwn|onerror/);
    for (const tab of await page.getByRole('tablist', { name: 'Code snippets' }).getByRole('tab').all())
      await tab.click();
    await expectInert(page, watch, 'hostile share link, form and snippets');

    await explorer.send();
    await expect(explorer.status()).toHaveText(/^20[01] /);
    const response = page.getByRole('region', { name: 'Response', exact: true });
    for (const tab of await response.getByRole('tab').all()) await tab.click();
    await expectInert(page, watch, 'response of the hostile call');

    // The created item, read back and shown as JSON.
    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    expect(await explorer.rawBody()).toContain('onerror');
    await expectInert(page, watch, 'list with the hostile item');

    // The system log records the change with the hostile title in its message.
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expectInert(page, watch, 'system log with the hostile message');

    // History shows the hostile call, and re-opening it fills the form again: still inert.
    await page.goto('/history');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const reopen = page.getByRole('link', { name: /^Re-open POST / }).first();
    await expect(reopen).toBeVisible();
    await expectInert(page, watch, '/history');
    await reopen.click();
    await expect(page.getByTestId('prefill-notice')).toContainText('Filled in from your history');
    await expect(page.getByLabel('Request body')).toHaveValue(/onerror/);
    await expectInert(page, watch, 'history entry re-opened');
  });
});
