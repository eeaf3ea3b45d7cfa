import { expect, test } from './fixtures';

test.describe('security headers', () => {
  test('every page gets a fresh CSP nonce that Next applies to its scripts', async ({ request }) => {
    const first = await request.get('/');
    const second = await request.get('/');
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    const policy = first.headers()['content-security-policy']!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonce);
    expect(await first.text()).toContain(`nonce="${nonce}"`);
  });

  test('pages and API routes carry nosniff, a Referrer-Policy, HSTS, and no X-Powered-By', async ({
    request,
  }) => {
    for (const path of ['/', '/token', '/api/auth/session', '/api/health']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['strict-transport-security'], path).toMatch(/max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security']!)![1])).toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(headers['x-powered-by'], path).toBeUndefined();
    }
  });

  test('API routes are never cached', async ({ request }) => {
    for (const path of ['/api/auth/session', '/api/health']) {
      expect((await request.get(path)).headers()['cache-control']).toContain('no-store');
    }
  });

  test('the app refuses to be framed', async ({ page }) => {
    await page.goto('/');
    const framed = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/token';
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      try {
        return Boolean(frame.contentDocument?.querySelector('h1'));
      } catch {
        return false;
      }
    });
    expect(framed).toBe(false);
  });
});
