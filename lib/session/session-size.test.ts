import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';

import type { SessionData } from './session-data';
import { MAX_COOKIE_BYTES, sessionTtlSeconds } from './session-options';

const password = 'unit-test-session-password-0123456789-xyz';

function session(tokenBytes: number, secret?: string): SessionData {
  return {
    auth: {
      region: 'us',
      flow: 'oauth2',
      customerId: 'acme01customer',
      clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
      token: 'eyJ' + 'x'.repeat(tokenBytes - 3),
      issuedAt: Date.now(),
      expiresAt: Date.now() + 3_600_000,
      ...(secret ? { renew: { kind: 'secret' as const, secret } } : {}),
    },
  };
}

describe('the sealed session cookie', () => {
  it('fits a realistic 2.5 KB Citrix token, with the renewal secret, under 4 KB', async () => {
    const sealed = await sealData(session(2500, 'Sbx3Demo+Secret/Key9w=='), { password, ttl: 3600 });
    const cookie = `__Host-cxapi=${sealed}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=3540`;
    expect(cookie.length).toBeLessThan(MAX_COOKIE_BYTES);
  });

  it('lets iron-session refuse an oversize session with a clear error instead of losing it', async () => {
    const { getIronSession } = await import('iron-session');
    const jar = new Map<string, string>();
    const store = {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    };
    const iron = await getIronSession<SessionData>(store as never, { password, cookieName: 'cxapi' });
    Object.assign(iron, session(4000));
    await expect(iron.save()).rejects.toThrow(/Cookie length is too big/);
    expect(jar.size).toBe(0);
  });

  it('never outlives the token, except when renewing', () => {
    const now = 1_000_000;
    expect(sessionTtlSeconds(now + 3_600_000, false, now)).toBe(3660);
    expect(sessionTtlSeconds(now + 5_000, false, now)).toBe(120);
    expect(sessionTtlSeconds(now + 3_600_000, true, now)).toBe(8 * 3600);
  });
});
