import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { resetEnvForTests } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import type { SessionAuth } from '@/lib/session/session-data';

import {
  RENEW_BEFORE_EXPIRY_MS,
  renewSessionAuth,
  resetRenewalsForTests,
  shouldRenewBeforeCall,
  type Minter,
} from './renew';

beforeAll(() => {
  vi.stubEnv('SESSION_PASSWORD', 'renew-tests-password-at-least-32-characters');
  vi.stubEnv('LOG_LEVEL', 'silent');
  resetEnvForTests();
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => resetRenewalsForTests());

const session = (overrides: Partial<SessionAuth> = {}): SessionAuth => ({
  region: 'us',
  flow: 'oauth2',
  customerId: 'acme01',
  clientId: 'client-1',
  token: 'OLD',
  issuedAt: Date.now(),
  expiresAt: Date.now() + 3_600_000,
  renew: { kind: 'secret', secret: 'SECRET_CANARY_renew' },
  ...overrides,
});

/** A minter that waits for `release()`, counting calls and recording what it was asked. */
function gatedMinter() {
  const inputs: unknown[] = [];
  let release!: () => void;
  let fail: ((error: Error) => void) | undefined;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  let count = 0;
  const mint: Minter = async (input, renew) => {
    inputs.push(input);
    count++;
    await gate;
    return { ...session(), ...input, token: `NEW-${count}`, renew };
  };
  return {
    mint,
    inputs,
    release: () => release(),
    fail: (error: Error) => fail?.(error),
    count: () => count,
  };
}

describe('shouldRenewBeforeCall', () => {
  it('is true only for a renewing session within the skew window', () => {
    const now = 1_000_000;
    expect(shouldRenewBeforeCall(session({ expiresAt: now + RENEW_BEFORE_EXPIRY_MS - 1 }), now)).toBe(true);
    expect(shouldRenewBeforeCall(session({ expiresAt: now + RENEW_BEFORE_EXPIRY_MS + 1 }), now)).toBe(false);
    expect(shouldRenewBeforeCall(session({ expiresAt: now - 1, renew: undefined }), now)).toBe(false);
  });
});

describe('renewSessionAuth', () => {
  it('re-mints with the kept secret and the session identity', async () => {
    const minter = gatedMinter();
    minter.release();
    const renewed = await renewSessionAuth(session(), 'https://app.test', minter.mint);
    expect(renewed.token).toBe('NEW-1');
    expect(minter.inputs).toEqual([
      {
        region: 'us',
        flow: 'oauth2',
        customerId: 'acme01',
        clientId: 'client-1',
        clientSecret: 'SECRET_CANARY_renew',
      },
    ]);
    expect(renewed.renew).toEqual({ kind: 'secret', secret: 'SECRET_CANARY_renew' });
  });

  it('single-flight: concurrent callers with the same token share one token request', async () => {
    const minter = gatedMinter();
    const waiting = Array.from({ length: 20 }, () =>
      renewSessionAuth(session(), 'https://app.test', minter.mint),
    );
    minter.release();
    const results = await Promise.all(waiting);
    expect(minter.count()).toBe(1);
    expect(new Set(results.map((auth) => auth.token))).toEqual(new Set(['NEW-1']));
  });

  it('a caller arriving just after a renewal with the old token reuses its result', async () => {
    const minter = gatedMinter();
    minter.release();
    await renewSessionAuth(session(), 'https://app.test', minter.mint);
    const late = await renewSessionAuth(session(), 'https://app.test', minter.mint);
    expect(late.token).toBe('NEW-1');
    expect(minter.count()).toBe(1);
  });

  it('different sessions (token, customer or client) never share a re-mint', async () => {
    const minter = gatedMinter();
    minter.release();
    await Promise.all([
      renewSessionAuth(session(), 'https://app.test', minter.mint),
      renewSessionAuth(session({ token: 'OTHER' }), 'https://app.test', minter.mint),
      renewSessionAuth(session({ customerId: 'other01' }), 'https://app.test', minter.mint),
      renewSessionAuth(session({ clientId: 'client-2' }), 'https://app.test', minter.mint),
    ]);
    expect(minter.count()).toBe(4);
  });

  it('a failed re-mint fails every waiter once, and the next call tries again', async () => {
    const minter = gatedMinter();
    const waiting = [1, 2, 3].map(() =>
      renewSessionAuth(session(), 'https://app.test', minter.mint).catch((error: unknown) => error),
    );
    minter.fail(new ApiError(401, 'INVALID_CLIENT_CREDENTIALS', 'api-us.cloud.com: invalid_client'));
    const errors = await Promise.all(waiting);
    expect(errors.every((error) => (error as ApiError).code === 'INVALID_CLIENT_CREDENTIALS')).toBe(true);
    expect(minter.count()).toBe(1);
    const again = gatedMinter();
    again.release();
    expect((await renewSessionAuth(session(), 'https://app.test', again.mint)).token).toBe('NEW-1');
  });

  it('refuses a session that kept nothing to renew with', async () => {
    await expect(renewSessionAuth(session({ renew: undefined }), 'https://app.test')).rejects.toMatchObject({
      status: 401,
      code: 'RENEWAL_NOT_POSSIBLE',
    });
  });
});
