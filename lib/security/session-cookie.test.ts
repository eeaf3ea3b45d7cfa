import { getIronSession, sealData, unsealData } from 'iron-session';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SessionAuth, SessionData } from '@/lib/session/session-data';
import { sessionOptions, sessionTtlSeconds } from '@/lib/session/session-options';

/**
 * Security test plan §E (E35, E37, E38): the session cookie's flags, expiry and password rotation,
 * against iron-session 8 itself and through our getSession/saveAuth and routes.
 */

// The routes read their session through next/headers; a Map stands in for the browser's jar.
const jar = vi.hoisted(() => new Map<string, { value: string; options?: Record<string, unknown> }>());
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) =>
      void jar.set(name, { value, options }),
  }),
  headers: async () => requestHeaders.current,
}));

const { resetEnvForTests } = await import('@/lib/config/env');
const { getSession, saveAuth } = await import('@/lib/session/session');
const sessionRoute = await import('@/app/api/auth/session/route');
const revealRoute = await import('@/app/api/auth/token/reveal/route');

const OLD = 'old-session-password-0123456789-abcdefgh';
const NEW = 'new-session-password-0123456789-abcdefgh';
const HOUR = 3_600_000;

function auth(now = Date.now()): SessionAuth {
  return {
    region: 'sandbox',
    flow: 'oauth2',
    customerId: 'sandboxdemo01',
    clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
    token: 'eyJhbGciOiJIUzI1NiJ9.TOKEN_CANARY_e35.sig',
    issuedAt: now,
    expiresAt: now + HOUR,
  };
}

/** A cookie store like next/headers', for iron-session's (cookieStore, options) form. */
function memoryStore(initial: Record<string, string> = {}) {
  const cookies = new Map<string, { value: string; options?: Record<string, unknown> }>(
    Object.entries(initial).map(([name, value]) => [name, { value }]),
  );
  return {
    cookies,
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) =>
      void cookies.set(name, { value, options }),
  };
}

function usePassword(password: string | Record<string, string>) {
  vi.stubEnv('SESSION_PASSWORD', typeof password === 'string' ? password : JSON.stringify(password));
  vi.stubEnv('COOKIE_SECURE', 'auto');
  vi.stubEnv('LOG_LEVEL', 'silent');
  resetEnvForTests();
}

beforeEach(() => {
  jar.clear();
  requestHeaders.current = new Headers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  resetEnvForTests();
});
afterAll(() => resetEnvForTests());

describe('E35 cookie flags', () => {
  it("on https: __Host- name, Secure, HttpOnly, SameSite=Strict, Path=/, no Domain, Max-Age = the token's life", async () => {
    const store = memoryStore();
    const ttl = sessionTtlSeconds(Date.now() + HOUR, false);
    const session = await getIronSession<SessionData>(store as never, sessionOptions(NEW, true, ttl));
    session.auth = auth();
    await session.save();
    const [name, cookie] = [...store.cookies][0]!;
    expect(name).toBe('__Host-cxapi');
    expect(cookie!.options).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: ttl - 60,
    });
    // Max-Age never exceeds the token's lifetime plus a minute.
    expect(cookie!.options!.maxAge as number).toBeLessThanOrEqual(3600 + 60);
    expect(cookie!.value.startsWith('Fe26.2*')).toBe(true);
  });

  it('on plain http (local development): no prefix and no Secure, the other flags unchanged', async () => {
    const store = memoryStore();
    const session = await getIronSession<SessionData>(store as never, sessionOptions(NEW, false));
    session.auth = auth();
    await session.save();
    const [name, cookie] = [...store.cookies][0]!;
    expect(name).toBe('cxapi');
    expect(cookie!.options).toMatchObject({ httpOnly: true, secure: false, sameSite: 'strict', path: '/' });
  });

  it('saveAuth picks the __Host- cookie when the request arrived over https (x-forwarded-proto)', async () => {
    usePassword(NEW);
    requestHeaders.current = new Headers({ 'x-forwarded-proto': 'https' });
    await saveAuth(await getSession(), auth());
    expect([...jar.keys()]).toEqual(['__Host-cxapi']);
    expect(jar.get('__Host-cxapi')!.options).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
    });
    expect(jar.get('__Host-cxapi')!.options!.maxAge as number).toBeLessThanOrEqual(3600 + 60);
  });
});

describe('E37 an expired seal reads as signed out', () => {
  it("is readable until its ttl (plus iron's 60 s clock skew) has passed, then empty, without throwing", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const seal = await sealData({ auth: auth() }, { password: NEW, ttl: 120 });
    vi.setSystemTime(new Date('2026-01-01T00:02:59Z'));
    expect(await unsealData<SessionData>(seal, { password: NEW, ttl: 120 })).toHaveProperty('auth');
    vi.setSystemTime(new Date('2026-01-01T00:03:01Z'));
    expect(await unsealData<SessionData>(seal, { password: NEW, ttl: 120 })).toEqual({});
  });

  it('through our session: GET /api/auth/session answers authenticated:false, reveal answers 401 (not 500)', async () => {
    usePassword(NEW);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    await saveAuth(await getSession(), { ...auth(), expiresAt: Date.now() + 30_000 });
    expect(jar.get('cxapi')!.options!.maxAge).toBe(60);
    vi.setSystemTime(new Date('2026-01-01T00:05:00Z'));
    const view = await sessionRoute.GET(new Request('https://app.test/api/auth/session'));
    expect(view.status).toBe(200);
    expect(await view.json()).toEqual({ authenticated: false });
    const reveal = await revealRoute.POST(
      new Request('https://app.test/api/auth/token/reveal', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'same-origin' },
      }),
    );
    expect(reveal.status).toBe(401);
  });
});

describe('E38 session password rotation', () => {
  it('iron-session: sealed under {1:old} → read under {2:new,1:old}; the next save seals with id 2; {2:new} alone reads empty', async () => {
    const seal = await sealData({ auth: auth() }, { password: { 1: OLD } });
    expect(seal).toMatch(/^Fe26\.2\*1\*/);
    const store = memoryStore({ cxapi: seal });
    const rotated = await getIronSession<SessionData>(
      store as never,
      sessionOptions({ 2: NEW, 1: OLD }, false),
    );
    expect(rotated.auth?.customerId).toBe('sandboxdemo01');
    await rotated.save();
    const resealed = store.cookies.get('cxapi')!.value;
    expect(resealed).toMatch(/^Fe26\.2\*2\*/);
    // The re-sealed cookie no longer needs the old password.
    expect(await unsealData<SessionData>(resealed, { password: { 2: NEW } })).toHaveProperty('auth');
    const dropped = await getIronSession<SessionData>(
      memoryStore({ cxapi: seal }) as never,
      sessionOptions({ 2: NEW }, false),
    );
    expect(dropped.auth).toBeUndefined();
  });

  it('through SESSION_PASSWORD: a {1:old} cookie still works after rotating to {"2":new,"1":old}, and saveAuth re-seals with id 2', async () => {
    usePassword({ 1: OLD });
    await saveAuth(await getSession(), auth());
    const oldSeal = jar.get('cxapi')!.value;
    expect(oldSeal).toMatch(/^Fe26\.2\*1\*/);

    usePassword({ 2: NEW, 1: OLD });
    const session = await getSession();
    expect(session.auth?.token).toBe(auth().token);
    expect(
      await (await sessionRoute.GET(new Request('https://app.test/api/auth/session'))).json(),
    ).toMatchObject({ authenticated: true });
    await saveAuth(session, session.auth!);
    expect(jar.get('cxapi')!.value).toMatch(/^Fe26\.2\*2\*/);
  });

  it('after dropping the old password ({"2":new} only) an old cookie reads as signed out: 200 authenticated:false and 401, never 500', async () => {
    usePassword({ 1: OLD });
    await saveAuth(await getSession(), auth());
    usePassword({ 2: NEW });
    expect((await getSession()).auth).toBeUndefined();
    const view = await sessionRoute.GET(new Request('https://app.test/api/auth/session'));
    expect(view.status).toBe(200);
    expect(await view.json()).toEqual({ authenticated: false });
    const reveal = await revealRoute.POST(
      new Request('https://app.test/api/auth/token/reveal', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'same-origin' },
      }),
    );
    expect(reveal.status).toBe(401);
    expect(JSON.stringify(await reveal.json())).not.toContain('TOKEN_CANARY');
  });
});
