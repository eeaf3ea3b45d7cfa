import { test as base, expect, type Page } from '@playwright/test';

import { CANARY, OTHER, SHORT_LIVED } from './test-env';

/** Strings that must never be visible to the browser, whatever the test does. */
// The demo client's documented secret is a public value the home page shows for command-line use
// (issue 12); the canary clients' secrets are the real leak probes and must never appear.
export const FORBIDDEN_IN_BROWSER = [CANARY.clientSecret, OTHER.clientSecret, SHORT_LIVED.clientSecret];

interface Seen {
  where: string;
  text: string;
}

/** Everything the page could read: bodies and headers of responses, request URLs. */
function watch(page: Page, seen: Seen[]) {
  page.on('request', (request) => seen.push({ where: `request url ${request.url()}`, text: request.url() }));
  page.on('response', async (response) => {
    seen.push({
      where: `headers of ${response.url()}`,
      text: JSON.stringify(await response.allHeaders().catch(() => ({}))),
    });
    const type = response.headers()['content-type'] ?? '';
    if (/json|text|javascript|html/.test(type)) {
      const body = await response.text().catch(() => '');
      seen.push({ where: `body of ${response.url()}`, text: body });
    }
  });
}

/** Reads storage, readable cookies and the DOM at the end of a test. */
async function browserState(page: Page): Promise<Seen[]> {
  if (page.isClosed()) return [];
  const storage = await page
    .evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }))
    .catch(() => '');
  const dom = await page.content().catch(() => '');
  const cookies = await page.context().cookies();
  const readable = cookies
    .filter((cookie) => !cookie.httpOnly)
    .map((cookie) => `${cookie.name}=${cookie.value}`);
  return [
    { where: 'web storage', text: storage },
    { where: 'DOM', text: dom },
    { where: 'script-readable cookies', text: readable.join('; ') },
  ];
}

/**
 * Every test runs under a leak watch: at its end, no client secret may appear in any response,
 * request URL, readable cookie, web storage or the DOM.
 */
export const test = base.extend<{ leakWatch: void; pageErrors: void }>({
  // Every navigation waits for React to hydrate (html[data-hydrated], which also waits for the
  // lazy islands) before the test acts, so a busy machine cannot turn "clicked before hydration"
  // into a flake. Non-HTML pages pass at once; a page that never hydrates fails the test.
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      // `waitUntil: 'commit'` asks to act on the page before it has loaded (e.g. with scripts held).
      if (options?.waitUntil === 'commit') return response;
      await page.waitForFunction(
        () => document.contentType !== 'text/html' || document.documentElement.dataset.hydrated === 'true',
        null,
        { timeout: 20_000 },
      );
      return response;
    };
    await provide(page);
  },
  // No page may throw: an uncaught error (a hydration mismatch is one) fails the test that saw it.
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  leakWatch: [
    async ({ page }, use) => {
      const seen: Seen[] = [];
      watch(page, seen);
      await use();
      const all = [...seen, ...(await browserState(page))];
      for (const secret of FORBIDDEN_IN_BROWSER) {
        const hit = all.find((entry) => entry.text.includes(secret));
        expect(hit?.where, `a client secret reached the browser`).toBeUndefined();
      }
      const tokenInUrl = seen.find(
        (entry) => entry.where.startsWith('request url') && /eyJhbGci/.test(entry.text),
      );
      expect(tokenInUrl?.where, 'a bearer token appeared in a URL').toBeUndefined();
    },
    { auto: true },
  ],
});

export { expect };
