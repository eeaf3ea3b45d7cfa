import { sealData, unsealData } from 'iron-session';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SessionAuth, SessionData } from './session-data';

/**
 * getSession/saveAuth/signOut at their edges (mutation testing, lib/session): the https decision,
 * the session id, revocation of seals with and without an expiry, and the size and budget refusals.
 */

// A Map stands in for the browser's jar; it records the options of each Set-Cookie.
const jar = vi.hoisted(() => new Map<string, { value: string; options?: Record<string, unknown> }>());
const request = vi.hoisted(() => ({ headers: new Headers(), failSet: undefined as Error | undefined }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    getAll: () => [...jar].map(([name, { value }]) => ({ name, value })),
    set: (name: string, value: string, options?: Record<string, unknown>) => {
      if (request.failSet) throw request.failSet;
      jar.set(name, { value, options });
    },
  }),
  headers: async () => request.headers,
}));

const PASSWORD = 'session-mutants-password-0123456789-abcdef';
const EIGHT_HOURS_AND_A_MINUTE = 8 * 3_600_000 + 60_000;
const TOO_LARGE = 'The token is too large to keep in the session cookie (over 4 KB).';

const { resetEnvForTests } = await import('@/lib/config/env');
const { clearLocalRevocations, isSessionRevoked } = await import('./revocation');
const { clearUnsealCache, sealExpiration } = await import('./unseal-cache');
const { getSession, isSecureRequest, readSessionCookie, revokeSessionCookie, saveAuth, signOut } =
  await import('./session');

function useEnv(cookieSecure: 'auto' | 'always' | 'never') {
  vi.stubEnv('SESSION_PASSWORD', PASSWORD);
  vi.stubEnv('COOKIE_SECURE', cookieSecure);
  vi.stubEnv('LOG_LEVEL', 'silent');
  resetEnvForTests();
}

function auth(tokenBytes = 600): SessionAuth {
  return {
    region: 'sandbox',
    flow: 'oauth2',
    customerId: 'sessionmutants',
    clientId: 'session-mutants-client',
    token: 'eyJ' + 'x'.repeat(tokenBytes - 3),
    issuedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
  };
}

/** The length of the seal saveAuth makes for this auth (salts, iv and session id have fixed lengths). */
async function sealedLength(value: SessionAuth): Promise<number> {
  const sealed = await sealData({ auth: value, sid: 'S'.repeat(22) }, { password: PASSWORD, ttl: 3660 });
  return sealed.length;
}

beforeAll(() => useEnv('never'));
beforeEach(() => {
  jar.clear();
  request.headers = new Headers();
  request.failSet = undefined;
  clearLocalRevocations();
  clearUnsealCache();
});
afterEach(() => {
  vi.useRealTimers();
  useEnv('never');
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('isSecureRequest', () => {
  it('COOKIE_SECURE=always and never decide alone, whatever the request says', async () => {
    useEnv('always');
    expect(await isSecureRequest()).toBe(true);
    useEnv('never');
    request.headers = new Headers({ 'x-forwarded-proto': 'https' });
    expect(await isSecureRequest()).toBe(false);
  });

  it('auto: the first x-forwarded-proto hop decides, spaces around it ignored', async () => {
    useEnv('auto');
    expect(await isSecureRequest()).toBe(false);
    for (const [proto, secure] of [
      ['https', true],
      ['https , http', true],
      [' https', true],
      ['http, https', false],
      ['http', false],
      ['', false],
    ] as const) {
      request.headers = new Headers({ 'x-forwarded-proto': proto });
      expect(await isSecureRequest(), proto).toBe(secure);
    }
  });
});

describe('revokeSessionCookie', () => {
  it('nothing to revoke: no cookie, a cookie that does not open, a seal without a session id', async () => {
    expect(await revokeSessionCookie(undefined)).toBe(true);
    expect(await revokeSessionCookie('')).toBe(true);
    expect(await revokeSessionCookie('Fe26.2*garbage')).toBe(true);
    const noSid = await sealData({ auth: auth() }, { password: PASSWORD, ttl: 600 });
    expect(await revokeSessionCookie(noSid)).toBe(true);
  });

  it('revokes the session id until the seal’s own expiry, not longer', async () => {
    const seal = await sealData({ auth: auth(), sid: 'sid-with-expiry' }, { password: PASSWORD, ttl: 120 });
    const expiration = sealExpiration(seal)!;
    expect(await revokeSessionCookie(seal)).toBe(true);
    expect(await readSessionCookie(seal)).toBeUndefined();
    expect(await isSessionRevoked('sid-with-expiry', expiration - 1)).toBe(true);
    expect(await isSessionRevoked('sid-with-expiry', expiration)).toBe(false);
  });

  it('a seal without an expiry is revoked for the longest a seal lives: 8 hours and a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    const now = Date.now();
    const seal = await sealData({ auth: auth(), sid: 'sid-forever' }, { password: PASSWORD, ttl: 0 });
    expect(sealExpiration(seal)).toBeUndefined();
    expect(await revokeSessionCookie(seal)).toBe(true);
    expect(await isSessionRevoked('sid-forever', now + EIGHT_HOURS_AND_A_MINUTE - 1)).toBe(true);
    expect(await isSessionRevoked('sid-forever', now + EIGHT_HOURS_AND_A_MINUTE)).toBe(false);
  });
});

describe('signOut', () => {
  it('of a session that has no cookie: nothing to revoke, no error', async () => {
    const session = await getSession();
    await expect(signOut(session)).resolves.toBe(true);
  });
});

describe('saveAuth', () => {
  it('gives a sign-in a random session id and keeps it across renewals', async () => {
    const session = await getSession();
    expect(session.sid).toBeUndefined();
    await saveAuth(session, auth());
    const sid = session.sid;
    expect(sid).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const sealed = await unsealData<SessionData>(jar.get('cxapi')!.value, { password: PASSWORD });
    expect(sealed.sid).toBe(sid);

    const renewed = await getSession();
    expect(renewed.sid).toBe(sid);
    await saveAuth(renewed, { ...auth(), customerId: 'renewedcustomer' });
    const resealed = await unsealData<SessionData>(jar.get('cxapi')!.value, { password: PASSWORD });
    expect(resealed).toMatchObject({ sid, auth: { customerId: 'renewedcustomer' } });
  });

  it('a seal iron-session refuses as too big (with its cookie options) is SESSION_TOO_LARGE, nothing stored', async () => {
    const big = auth(2675);
    const length = (await sealedLength(big)) + 'cxapi'.length;
    // Under our 4096-byte check, over iron-session's (which adds the serialized cookie options).
    expect(length).toBeGreaterThan(4016);
    expect(length).toBeLessThanOrEqual(4096);
    const session = await getSession();
    const error = await saveAuth(session, big).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 500,
      code: 'SESSION_TOO_LARGE',
      message: TOO_LARGE,
    });
    expect(jar.has('cxapi')).toBe(false);
  });

  it('a seal over 4096 bytes with its cookie name is SESSION_TOO_LARGE before any budget check, session unchanged', async () => {
    const profileId = 'p'.repeat(16);
    const name = `cxapi-p${profileId}`;
    const big = auth(2694);
    const length = await sealedLength(big);
    // Over the limit with the name counted (and only then).
    expect(length + name.length).toBeGreaterThan(4096);
    expect(length - name.length).toBeLessThanOrEqual(4096);
    // Two other profiles whose cookies alone would also put this one over the header budget.
    jar.set('cxapi', { value: 'x'.repeat(4100) });
    jar.set('cxapi-pother', { value: 'x'.repeat(4100) });
    jar.set('cxapi-active', { value: profileId });
    const session = await getSession();
    const error = await saveAuth(session, big).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 500, code: 'SESSION_TOO_LARGE', message: TOO_LARGE });
    expect(session.auth).toBeUndefined();
    expect(session.sid).toBeUndefined();
    expect(jar.has(name)).toBe(false);
  });

  it('over the header budget: 409 PROFILE_COOKIE_BUDGET counting this profile with the others', async () => {
    jar.set('cxapi-pa', { value: 'x'.repeat(6000) });
    jar.set('cxapi-pb', { value: 'x'.repeat(6000) });
    const session = await getSession();
    const error = await saveAuth(session, auth()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, code: 'PROFILE_COOKIE_BUDGET', extra: { profiles: 3 } });
    expect((error as Error).message).toMatch(/^This browser already keeps tokens for 2 other profiles; /);
    expect(session.auth).toBeUndefined();
    expect(jar.has('cxapi')).toBe(false);
  });

  it('any other failure to store the cookie is passed on as it is', async () => {
    const session = await getSession();
    const failure = new Error('cookie store unavailable');
    request.failSet = failure;
    await expect(saveAuth(session, auth())).rejects.toBe(failure);
  });
});
