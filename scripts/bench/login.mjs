// Signs a fresh browser session in with the sandbox's demo client, as the Set Authentication
// dialog does, and returns its cookies as a Cookie header. Shared by the two benchmark scripts.

/**
 * @param {string} base the app's origin, e.g. http://127.0.0.1:3200
 * @returns {Promise<string>}
 */
export async function loginWithDemoClient(base) {
  const response = await fetch(`${base}/api/auth/token`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ mode: 'sandbox-demo' }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
