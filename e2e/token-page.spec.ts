import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';

import { expect, FORBIDDEN_IN_BROWSER, test } from './fixtures';
import { BASE_URL, CANARY, DEMO, SHORT_LIVED } from './test-env';

/**
 * The token page is drawn with the session the server reads from the cookie: the token (masked),
 * its region, client and expiry are on screen before the page's code has loaded, and the page
 * hydrates as it was drawn (a mismatch would be a page error, which fails any test here).
 */

const sameOrigin = { origin: BASE_URL };

async function signIn(request: APIRequestContext, data: Record<string, unknown> = { mode: 'sandbox-demo' }) {
  const response = await request.post('/api/auth/token', { data, headers: sameOrigin });
  expect(response.status()).toBe(200);
}

/** The token itself, as Reveal fetches it. */
async function revealedToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/auth/token/reveal', { headers: sameOrigin });
  return (await response.json()).token as string;
}

/** A sandbox client's credentials as the Set Authentication dialog sends them. */
function asClient(client: { customerId: string; clientId: string; clientSecret: string }) {
  const { customerId, clientId, clientSecret } = client;
  return { mode: 'client', region: 'sandbox', customerId, clientId, clientSecret };
}

/** Runs `body` in a browser context whose pages run no script (what the server drew is all there is). */
async function withoutScripts(browser: Browser, body: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/** The fixtures' leak watch covers their own page only: these contexts check what they were sent. */
function expectNoSecretIn(html: string) {
  for (const secret of FORBIDDEN_IN_BROWSER) expect(html).not.toContain(secret);
}

test.describe('the token page, drawn by the server', () => {
  test('signed in: the masked token, region, client and expiry are in the page before any script runs', async ({
    browser,
  }) => {
    await withoutScripts(browser, async (context) => {
      await signIn(context.request);
      const token = await revealedToken(context.request);
      expect(token).toMatch(/^eyJ/);
      const page = await context.newPage();
      await page.goto('/token');
      await expect(page.getByTestId('authorization-value')).toHaveText(/^CwsAuth Bearer=•{24}$/);
      await expect(page.getByText(DEMO.clientId)).toBeVisible();
      await expect(page.getByText(DEMO.customerId, { exact: true }).first()).toBeVisible();
      await expect(page.getByTestId('token-countdown')).toHaveText(/^expires in \d\d:\d\d/);
      // Without the browser's clock and locale, the server writes the expiry in UTC.
      await expect(page.getByTestId('token-expires-at')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
      const html = await page.content();
      expect(html, 'the page never carries the token itself').not.toContain(token);
      expectNoSecretIn(html);
    });
  });

  test('signed out: the page says so and offers Set Authentication, with no loading state', async ({
    browser,
  }) => {
    await withoutScripts(browser, async (context) => {
      const page = await context.newPage();
      await page.goto('/token');
      await expect(page.getByText('Not authenticated: there is no token yet.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Set Authentication' }).first()).toBeVisible();
      await expect(page.getByTestId('authorization-value')).toHaveCount(0);
      expectNoSecretIn(await page.content());
    });
  });

  test('a token about to expire is drawn with its warning', async ({ browser }) => {
    await withoutScripts(browser, async (context) => {
      await signIn(context.request, asClient(SHORT_LIVED));
      const page = await context.newPage();
      await page.goto('/token');
      await expect(page.getByText('This token expires in under five minutes.')).toBeVisible();
      expectNoSecretIn(await page.content());
    });
  });

  test('a session that renews itself keeps the client secret in its sealed cookie, never in the page', async ({
    browser,
  }) => {
    await withoutScripts(browser, async (context) => {
      await signIn(context.request, { ...asClient(CANARY), renewAutomatically: true });
      const token = await revealedToken(context.request);
      const page = await context.newPage();
      await page.goto('/token');
      await expect(page.getByText(CANARY.clientId)).toBeVisible();
      const html = await page.content();
      expect(html).not.toContain(CANARY.clientSecret);
      expect(html).not.toContain(token);
      expectNoSecretIn(html);
    });
  });

  test('when the session cannot be checked, the page keeps what the server drew and offers to check again', async ({
    page,
  }) => {
    await signIn(page.request);
    await page.route('**/api/auth/session', (route) => route.abort());
    await page.goto('/token');
    const notice = page.getByRole('status').filter({ hasText: 'The session could not be checked just now' });
    await expect(notice).toBeVisible();
    await expect(page.getByTestId('authorization-value')).toHaveText(/^CwsAuth Bearer=•{24}$/);
    await expect(page.getByTestId('token-countdown')).toHaveText(/^expires in /);
    await page.unroute('**/api/auth/session');
    await notice.getByRole('button', { name: 'Check again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByTestId('authorization-value')).toHaveText(/^CwsAuth Bearer=•{24}$/);
  });

  test.describe('in a browser whose time zone and locale are not the server’s', () => {
    // Drawn in the browser's own zone or locale before hydration, the expiry would not match the
    // server's HTML: a hydration error, which fails the test (the fixtures' page-error check).
    test.use({ timezoneId: 'Asia/Kathmandu', locale: 'de-DE' });

    test('with scripts, the page hydrates as drawn, then counts down in local time', async ({ page }) => {
      await signIn(page.request);
      const drawn = await (await page.request.get('/token')).text();
      expect(drawn).toContain('data-testid="token-countdown"');
      // The fixture waits for hydration and fails the test on any page error (a mismatch is one).
      await page.goto('/token');
      await expect(page.getByTestId('authorization-value')).toHaveText(/^CwsAuth Bearer=•{24}$/);
      const expiresAt = page.getByTestId('token-expires-at');
      const iso = await expiresAt.getAttribute('datetime');
      await expect(expiresAt).toHaveText(
        await page.evaluate((value) => new Date(value!).toLocaleString(), iso),
      );
      const countdown = page.getByTestId('token-countdown');
      const first = await countdown.textContent();
      await expect(countdown).not.toHaveText(first!);
      await page.getByRole('button', { name: 'Reveal token' }).click();
      await expect(page.getByTestId('authorization-value')).toHaveText(/^CwsAuth Bearer=eyJ/);
    });
  });
});
