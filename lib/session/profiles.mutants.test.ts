import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SessionAuth } from './session-data';

/** The profile cookies' exact Set-Cookie options, and deleting or reading profiles that hold nothing (mutation testing). */

// A Map stands in for the browser's jar; every Set-Cookie is also recorded with its options.
const jar = vi.hoisted(() => new Map<string, string>());
const setCookies = vi.hoisted(
  () => [] as { name: string; value: string; options?: Record<string, unknown> }[],
);
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options?: Record<string, unknown>) => {
      setCookies.push({ name, value, options });
      if (options?.maxAge === 0 || value === '') jar.delete(name);
      else jar.set(name, value);
    },
  }),
  headers: async () => new Headers({ 'x-forwarded-proto': 'https' }),
}));

const { resetEnvForTests } = await import('@/lib/config/env');
const { clearLocalRevocations } = await import('./revocation');
const { getSession, readSessionCookie, saveAuth } = await import('./session');
const { deleteProfileToken, readProfiles, readProfileSession, setActiveProfile } = await import('./profiles');

const SECURE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' };

function auth(customerId: string): SessionAuth {
  return {
    region: 'sandbox',
    flow: 'oauth2',
    customerId,
    clientId: `client-of-${customerId}`,
    token: 'eyJ' + 'x'.repeat(500),
    issuedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
  };
}

beforeAll(() => {
  vi.stubEnv('SESSION_PASSWORD', 'profiles-mutants-password-at-least-32-characters');
  // Over https: every name carries __Host- and every cookie Secure.
  vi.stubEnv('COOKIE_SECURE', 'auto');
  vi.stubEnv('LOG_LEVEL', 'silent');
  resetEnvForTests();
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => {
  jar.clear();
  setCookies.length = 0;
  clearLocalRevocations();
});

describe('setActiveProfile', () => {
  it('points at a profile for 30 days with the usual flags', async () => {
    await setActiveProfile('work2');
    expect(setCookies).toEqual([
      { name: '__Host-cxapi-active', value: 'work2', options: { ...SECURE_OPTIONS, maxAge: 2_592_000 } },
    ]);
  });

  it('the default profile clears the pointer: an empty value that expires now', async () => {
    await setActiveProfile('default');
    expect(setCookies).toEqual([
      { name: '__Host-cxapi-active', value: '', options: { ...SECURE_OPTIONS, maxAge: 0 } },
    ]);
  });
});

describe('deleteProfileToken', () => {
  it('clears the profile’s cookie (empty, expired, same flags) and revokes what it held', async () => {
    await setActiveProfile('c3');
    await saveAuth(await getSession(), auth('othercust02'));
    const copy = jar.get('__Host-cxapi-pc3')!;
    expect(await readSessionCookie(copy)).toBeDefined();
    setCookies.length = 0;
    await deleteProfileToken('c3');
    expect(setCookies[0]).toEqual({
      name: '__Host-cxapi-pc3',
      value: '',
      options: { ...SECURE_OPTIONS, maxAge: 0 },
    });
    expect(await readSessionCookie(copy)).toBeUndefined();
  });

  it('deleting a profile that is not the active one leaves the active one alone', async () => {
    await setActiveProfile('c3');
    await saveAuth(await getSession(), auth('othercust02'));
    await setActiveProfile('b2');
    await saveAuth(await getSession(), auth('othercust03'));
    setCookies.length = 0;
    expect(await deleteProfileToken('c3')).toBe('b2');
    expect(jar.get('__Host-cxapi-active')).toBe('b2');
    expect(setCookies.map((cookie) => cookie.name)).toEqual(['__Host-cxapi-pc3']);
    expect((await getSession()).auth?.customerId).toBe('othercust03');
  });

  it('a profile that holds no cookie can be deleted', async () => {
    await expect(deleteProfileToken('empty1')).resolves.toBe('default');
  });
});

describe('readProfileSession', () => {
  it('a profile without a cookie, or with one that does not open, reads as signed out', async () => {
    expect(await readProfileSession('none1')).toEqual({ authenticated: false });
    jar.set('__Host-cxapi-pbad1', 'Fe26.2*garbage');
    expect(await readProfileSession('bad1')).toEqual({ authenticated: false });
  });

  it('marks the sandbox demo client as demo', async () => {
    await setActiveProfile('d1');
    await saveAuth(await getSession(), auth('democust01'));
    expect(await readProfileSession('d1', 'client-of-democust01')).toMatchObject({
      authenticated: true,
      customerId: 'democust01',
      demo: true,
    });
    expect((await readProfiles('client-of-democust01')).profiles).toEqual([
      expect.objectContaining({ profileId: 'd1', customerId: 'democust01', demo: true }),
    ]);
  });
});
