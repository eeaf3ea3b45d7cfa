import { afterEach, describe, expect, it, vi } from 'vitest';

import { resetEnvForTests } from '@/lib/config/env';

import { handleSandboxRequest } from './handle-request';
import { callSandbox, DEMO_CUSTOMER, demoToken, setupTestEnv } from './test-support';

/** The SANDBOX_LATENCY_MS knob used by scripts/bench-load.mjs (default 0: no delay). */
describe('SANDBOX_LATENCY_MS', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  function withLatency(ms: string) {
    vi.stubEnv('SANDBOX_LATENCY_MS', ms);
    setupTestEnv();
  }

  it('delays every API answer by the configured time', async () => {
    withLatency('0');
    const token = await demoToken();
    withLatency('5000');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    // The wait starts synchronously inside the call, so the fake clock sees its timer at once.
    const call = handleSandboxRequest(
      new Request('http://localhost:3000/sandbox/systemlog/records?Limit=1', {
        headers: {
          authorization: `CwsAuth Bearer=${token}`,
          'citrix-customerid': DEMO_CUSTOMER,
          accept: 'application/json',
        },
      }),
    ).then((response) => {
      settled = true;
      return response;
    });
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await call).status).toBe(200);
  });

  it('does not delay the token service', async () => {
    withLatency('60000');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const response = await handleSandboxRequest(
      new Request('http://localhost:3000/sandbox/cctrustoauth2/sandboxdemo01/tokens/clients', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=nobody&client_secret=nothing-at-all',
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('stops waiting when the caller goes away', async () => {
    withLatency('60000');
    const controller = new AbortController();
    const call = handleSandboxRequest(
      new Request('http://localhost:3000/sandbox/systemlog/records', { signal: controller.signal }),
    );
    controller.abort();
    // Without a token the gateway answers 401 at once after the (aborted) wait.
    expect((await call).status).toBe(401);
  });

  it('is off by default', async () => {
    vi.stubEnv('SANDBOX_LATENCY_MS', '');
    setupTestEnv();
    const started = performance.now();
    await callSandbox('/systemlog/records?Limit=1');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
