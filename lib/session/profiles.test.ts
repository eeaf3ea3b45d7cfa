import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SessionAuth } from './session-data';

// A Map stands in for the browser's cookie jar; a Set-Cookie with Max-Age=0 deletes, as browsers do.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0 || value === '') jar.delete(name);
      else jar.set(name, value);
    },
  }),
  headers: async () => new Headers(),
}));

const { resetEnvForTests } = await import('@/lib/config/env');
const { getSession, saveAuth, profileIdOf } = await import('./session');
const { readProfiles, setActiveProfile, deleteProfileToken, readProfileSession } = await import('./profiles');

function auth(customerId: string, tokenBytes = 600, renew = false): SessionAuth {
  return {
    region: 'sandbox',
    flow: 'oauth2',
    customerId,
    clientId: `client-of-${customerId}`,
    token: 'eyJ' + 'x'.repeat(tokenBytes - 3),
    issuedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
    ...(renew ? { renew: { kind: 'secret' as const, secret: 'Sbx3Demo+Secret/Key9w==' } } : {}),
  };
}

beforeAll(() => {
  vi.stubEnv('SESSION_PASSWORD', 'profiles-tests-password-at-least-32-characters');
  vi.stubEnv('COOKIE_SECURE', 'never');
  resetEnvForTests();
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => jar.clear());

describe('connection profiles in sealed cookies', () => {
  it('keeps the default profile in the original cxapi cookie, so existing sessions still work', async () => {
    const session = await getSession();
    expect(profileIdOf(session)).toBe('default');
    await saveAuth(session, auth('sandboxdemo01'));
    expect([...jar.keys()]).toEqual(['cxapi']);
    expect((await getSession()).auth?.customerId).toBe('sandboxdemo01');
  });

  it('resolves session.auth to the ACTIVE profile and keeps each profile’s token apart', async () => {
    await saveAuth(await getSession(), auth('sandboxdemo01'));
    await setActiveProfile('other1');
    expect(jar.get('cxapi-active')).toBe('other1');
    const other = await getSession();
    expect(profileIdOf(other)).toBe('other1');
    expect(other.auth).toBeUndefined();
    await saveAuth(other, auth('othercust02'));
    expect(jar.has('cxapi-pother1')).toBe(true);
    expect((await getSession()).auth?.customerId).toBe('othercust02');

    await setActiveProfile('default');
    expect(jar.has('cxapi-active')).toBe(false);
    expect((await getSession()).auth?.customerId).toBe('sandboxdemo01');

    const view = await readProfiles();
    expect(view.activeProfileId).toBe('default');
    expect(view.profiles.map((profile) => [profile.profileId, profile.customerId]).sort()).toEqual([
      ['default', 'sandboxdemo01'],
      ['other1', 'othercust02'],
    ]);
    expect(JSON.stringify(view)).not.toContain('eyJ');
    expect((await readProfileSession('other1')).customerId).toBe('othercust02');
  });

  it('signs out only the active profile', async () => {
    await saveAuth(await getSession(), auth('sandboxdemo01'));
    await setActiveProfile('b2');
    await saveAuth(await getSession(), auth('othercust02'));
    (await getSession()).destroy();
    expect(jar.has('cxapi-pb2')).toBe(false);
    expect(jar.has('cxapi')).toBe(true);
  });

  it('deleting the active profile makes the default one active again', async () => {
    await setActiveProfile('c3');
    await saveAuth(await getSession(), auth('othercust02'));
    expect(await deleteProfileToken('c3')).toBe('default');
    expect(jar.has('cxapi-pc3')).toBe(false);
    expect(jar.has('cxapi-active')).toBe(false);
  });

  it('ignores a pointer that is not a valid profile id, and cookies that do not unseal', async () => {
    jar.set('cxapi-active', '../evil');
    expect(profileIdOf(await getSession())).toBe('default');
    jar.set('cxapi-pzz', 'Fe26.2*garbage');
    expect((await readProfiles()).profiles).toEqual([]);
  });

  it('refuses a fourth profile with a realistic 2.5 KB token (409), and says why', async () => {
    for (const id of ['default', 'p1', 'p2']) {
      await setActiveProfile(id);
      await saveAuth(await getSession(), auth(`cust${id}`, 2500, true));
    }
    await setActiveProfile('p3');
    const error = await saveAuth(await getSession(), auth('custp3', 2500, true)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ status: 409, code: 'PROFILE_COOKIE_BUDGET' });
    expect((error as Error).message).toMatch(/3 other profiles.*16\.0 KB header limit/);
    expect(jar.has('cxapi-pp3')).toBe(false);
    // Replacing an existing profile's token is not a new profile: it still fits.
    await setActiveProfile('p2');
    await expect(saveAuth(await getSession(), auth('custp2', 2500, true))).resolves.toBeUndefined();
  });

  it('fits many more profiles with sandbox-sized tokens', async () => {
    for (let index = 0; index < 8; index++) {
      await setActiveProfile(`s${index}`);
      await saveAuth(await getSession(), auth(`sandbox${index}`, 450));
    }
    expect((await readProfiles()).profiles).toHaveLength(8);
  });
});
