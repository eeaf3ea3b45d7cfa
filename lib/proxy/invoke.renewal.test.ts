import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Minter } from '@/lib/auth/renew';
import { resetEnvForTests } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import type { InvokeRequest } from '@/lib/schemas/invoke';
import type { SessionAuth } from '@/lib/session/session-data';
import { startFaultUpstream, type FaultUpstream } from '@/lib/testing/fault-upstream';
import {
  apiFailure as failure,
  faultContext,
  faultRequest,
  LIMITS,
  sessionAuth,
  TOKEN,
} from '@/lib/testing/invoke-fixtures';

import { invokeOperation, type InvokeContext } from './invoke';

let upstream: FaultUpstream;
beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'fault-tests-password-at-least-32-characters');
  vi.stubEnv('LOG_LEVEL', 'silent');
  resetEnvForTests();
  upstream = await startFaultUpstream();
});
afterAll(async () => {
  await upstream.close();
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => upstream.reset());

const auth = (overrides: Partial<SessionAuth> = {}) => sessionAuth(overrides);
const request = (mode: string, overrides: Partial<InvokeRequest> = {}) => faultRequest(mode, overrides);
const context = (overrides: Partial<InvokeContext> = {}) => faultContext(upstream, overrides);
const UNHURRIED = {
  ...LIMITS,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  totalTimeoutMs: 20_000,
};

describe('invoke through the fault upstream: status handling and renewal (plan §7 H)', () => {
  const fresh = (): { mint: Minter; calls: () => number } => {
    let calls = 0;
    const mint: Minter = async (input, renew) => ({ ...auth(), ...input, token: `FRESH-${++calls}`, renew });
    return { mint, calls: () => calls };
  };
  const renewing = (overrides: Partial<SessionAuth> = {}) =>
    auth({ renew: { kind: 'secret', secret: 'SECRET_CANARY_1' }, ...overrides });

  it('H57 429 with Retry-After: 7 is data with retryAfterSeconds; no automatic retry; junk is ignored', async () => {
    expect(
      (await invokeOperation(request('rate-limited', { query: [['retryAfter', '7']] }), context())).result,
    ).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    expect(upstream.requests).toHaveLength(1);
    const junk = (
      await invokeOperation(request('rate-limited', { query: [['retryAfter', 'abc']] }), context())
    ).result;
    expect(junk.status).toBe(429);
    expect(junk.retryAfterSeconds).toBeUndefined();
    const date = (await invokeOperation(request('unavailable'), context())).result;
    expect(date.status).toBe(503);
    expect(date.retryAfterSeconds).toBeGreaterThan(100);
    expect(date.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it('H55 a 403 passes through: no re-mint, no retry', async () => {
    const { mint, calls } = fresh();
    const { result } = await invokeOperation(request('forbidden'), context({ auth: renewing(), mint }));
    expect(result.status).toBe(403);
    expect(calls()).toBe(0);
    expect(upstream.requests).toHaveLength(1);
  });

  it('H54 a 401 then 200 → one re-mint, one retry with the new token, saved to the session', async () => {
    const { mint, calls } = fresh();
    const persistAuth = vi.fn(async () => undefined);
    const { result } = await invokeOperation(
      request('renewable'),
      context({ auth: renewing({ token: 'OLD-token-1' }), mint, persistAuth }),
    );
    expect(result).toMatchObject({ status: 200, renewed: true });
    expect(calls()).toBe(1);
    expect(upstream.requests.map((seen) => seen.headers.authorization)).toEqual([
      'CwsAuth Bearer=OLD-token-1',
      'CwsAuth Bearer=FRESH-1',
    ]);
    expect(persistAuth).toHaveBeenCalledWith(expect.objectContaining({ token: 'FRESH-1' }));
  });

  it('H54 two 401s → one re-mint only, the second 401 is returned as data', async () => {
    const { mint, calls } = fresh();
    const { result } = await invokeOperation(
      request('unauthorized'),
      context({ auth: renewing({ token: 'OLD-token-2' }), mint }),
    );
    expect(result).toMatchObject({ status: 401, renewed: true });
    expect(calls()).toBe(1);
    expect(upstream.requests).toHaveLength(2);
  });

  it('a 401 without "Renew automatically", or with a pasted token, is data: no re-mint', async () => {
    const { mint, calls } = fresh();
    expect((await invokeOperation(request('unauthorized'), context({ mint }))).result.status).toBe(401);
    const pasted = request('unauthorized', { authorizationOverride: 'CwsAuth Bearer=pasted.token' });
    expect(
      (await invokeOperation(pasted, context({ auth: renewing({ token: 'OLD-token-3' }), mint }))).result
        .status,
    ).toBe(401);
    expect(calls()).toBe(0);
    expect(upstream.requests.map((seen) => seen.headers.authorization)).toEqual([
      `CwsAuth Bearer=${TOKEN}`,
      'CwsAuth Bearer=pasted.token',
    ]);
  });

  it('H53 a token within 60 s of expiry is re-minted before the call; the upstream sees only the new one', async () => {
    const { mint, calls } = fresh();
    const { result } = await invokeOperation(
      request('renewable'),
      context({ auth: renewing({ token: 'OLD-token-4', expiresAt: Date.now() + 30_000 }), mint }),
    );
    expect(result).toMatchObject({ status: 200, renewed: true });
    expect(calls()).toBe(1);
    expect(upstream.requests.map((seen) => seen.headers.authorization)).toEqual(['CwsAuth Bearer=FRESH-1']);
  });

  it("a failing re-mint: a still-valid token is used anyway, an expired one fails with the mint's error, a 401 stays data", async () => {
    const broken: Minter = async () =>
      Promise.reject(new ApiError(401, 'INVALID_CLIENT_CREDENTIALS', 'api-us.cloud.com: invalid_client'));
    const soon = await invokeOperation(
      request('ok'),
      context({ auth: renewing({ token: 'OLD-token-6', expiresAt: Date.now() + 30_000 }), mint: broken }),
    );
    expect(soon.result).toMatchObject({ status: 200 });
    expect(soon.result.renewed).toBeUndefined();
    const expired = renewing({ token: 'OLD-token-7', expiresAt: Date.now() - 1 });
    expect(
      await failure(invokeOperation(request('ok'), context({ auth: expired, mint: broken }))),
    ).toMatchObject({ status: 401, code: 'INVALID_CLIENT_CREDENTIALS' });
    const rejected = await invokeOperation(
      request('unauthorized'),
      context({ auth: renewing({ token: 'OLD-token-8' }), mint: broken }),
    );
    expect(rejected.result.status).toBe(401);
    expect(upstream.requests.map((seen) => seen.headers.authorization)).toEqual([
      'CwsAuth Bearer=OLD-token-6',
      'CwsAuth Bearer=OLD-token-8',
    ]);
  });

  it('H56 50 concurrent calls with an expired token → exactly one token request, all succeed', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const mint: Minter = async (input, renew) => {
      calls++;
      await gate;
      return { ...auth(), ...input, token: 'FRESH-shared', renew };
    };
    const expired = renewing({ token: 'OLD-token-5', expiresAt: Date.now() - 1_000 });
    const calls50 = Array.from({ length: 50 }, () =>
      // Not a timeout test: room for 50 calls on a busy machine.
      invokeOperation(request('renewable'), context({ auth: expired, mint, limits: UNHURRIED })),
    );
    release();
    const outcomes = await Promise.all(calls50);
    expect(calls).toBe(1);
    expect(outcomes.every(({ result }) => result.status === 200 && result.renewed === true)).toBe(true);
    expect(
      upstream.requests.every((seen) => seen.headers.authorization === 'CwsAuth Bearer=FRESH-shared'),
    ).toBe(true);
  });
});
