import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { resetEnvForTests } from '@/lib/config/env';
import type { InvokeRequest } from '@/lib/schemas/invoke';
import { FIFTY_MB, METADATA_URL, startFaultUpstream, type FaultUpstream } from '@/lib/testing/fault-upstream';
import {
  CAP,
  apiFailure as failure,
  faultContext,
  faultRequest,
  LIMITS,
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

const request = (mode: string, overrides: Partial<InvokeRequest> = {}) => faultRequest(mode, overrides);
const context = (overrides: Partial<InvokeContext> = {}) => faultContext(upstream, overrides);

describe('invoke through the fault upstream: what reaches Citrix', () => {
  it("D28/D29/D34 sends our Authorization only, none of the browser's cookies or forwarding headers, no token in the URL", async () => {
    const { result } = await invokeOperation(
      request('ok', {
        method: 'POST',
        body: '{"a":1}',
        query: [['x', '1']],
        headers: [
          ['Accept', 'application/json'],
          ['Content-Type', 'application/json'],
          ['Cookie', 'cxapi=Fe26.2**sealed'],
          ['X-Forwarded-For', '10.0.0.1'],
          ['X-Forwarded-Host', 'evil.example'],
          ['Origin', 'https://evil.example'],
          ['Referer', 'https://app.test/x'],
          ['Authorization', 'Bearer attacker'],
          ['Next-Router-State-Tree', 'x'],
          ['RSC', '1'],
          ['X-Middleware-Subrequest', 'middleware'],
          ['Host', 'evil.example'],
        ],
      }),
      context(),
    );
    expect(result.status).toBe(200);
    expect(result.url).toBe('https://api-us.cloud.com/fault/ok?x=1');
    expect(upstream.requests).toHaveLength(1);
    const seen = upstream.requests[0]!;
    expect(seen.url).toBe('/fault/ok?x=1');
    expect(seen.headers.host).toBe('api-us.cloud.com');
    expect(seen.headers.authorization).toBe(`CwsAuth Bearer=${TOKEN}`);
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.body).toBe('{"a":1}');
    for (const name of Object.keys(seen.headers))
      expect(name).not.toMatch(
        /^(cookie|origin|referer|x-forwarded-|forwarded|x-real-ip|next-|rsc|x-middleware-)/,
      );
    expect(seen.url).not.toContain(TOKEN);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it.each(['301', '302', '303', '307', '308'])(
    'C24 a %s to the metadata address comes back as data; exactly one request',
    async (status) => {
      const { result } = await invokeOperation(request(`redirect-${status}`), context());
      expect(result.status).toBe(Number(status));
      expect(result.location).toBe(METADATA_URL);
      expect(upstream.requests).toHaveLength(1);
    },
  );

  it('C25 a same-origin redirect is not followed either (the bearer is never re-sent)', async () => {
    const { result } = await invokeOperation(
      request('redirect-302', { query: [['to', 'https://api-us.cloud.com/fault/ok']] }),
      context(),
    );
    expect(result).toMatchObject({ status: 302, location: 'https://api-us.cloud.com/fault/ok' });
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('invoke through the fault upstream: failures (plan §7 I)', () => {
  it('I58 headers never arrive → 504 UPSTREAM_TIMEOUT near the header timeout, socket closed', async () => {
    const started = performance.now();
    const error = await failure(invokeOperation(request('never'), context()));
    expect(error).toMatchObject({ status: 504, code: 'UPSTREAM_TIMEOUT' });
    expect(error.message).toContain('api-us.cloud.com');
    expect(performance.now() - started).toBeLessThan(LIMITS.headersTimeoutMs + 1_000);
    await upstream.allSocketsClosed();
  });

  it('I59 headers then a stalled body → 504', async () => {
    expect(await failure(invokeOperation(request('stall-body'), context()))).toMatchObject({
      status: 504,
      code: 'UPSTREAM_TIMEOUT',
    });
  });

  it('a slow body that keeps moving completes; one slower than the total timeout → 504', async () => {
    const { result } = await invokeOperation(
      request('slow-body', {
        query: [
          ['chunks', '5'],
          ['every', '30'],
        ],
      }),
      context(),
    );
    expect(result).toMatchObject({ status: 200, body: 'xxxxx', bodyEncoding: 'text' });
    const slow = context({ limits: { ...LIMITS, totalTimeoutMs: 400 } });
    expect(
      await failure(
        invokeOperation(
          request('slow-body', {
            query: [
              ['chunks', '100'],
              ['every', '40'],
            ],
          }),
          slow,
        ),
      ),
    ).toMatchObject({ status: 504 });
  });

  it('I60 a black hole (the dial never completes) → 504 within the total timeout', async () => {
    const blackHole = context({
      transport: { connector: () => undefined },
      limits: { ...LIMITS, totalTimeoutMs: 400 },
    });
    expect(await failure(invokeOperation(request('ok'), blackHole))).toMatchObject({
      status: 504,
      code: 'UPSTREAM_TIMEOUT',
    });
  });

  it('I61 50 MB → cut at the cap with truncated:true, connection closed', async () => {
    const { result } = await invokeOperation(request('huge'), context());
    expect(result).toMatchObject({ status: 200, truncated: true, sizeBytes: CAP, bodyEncoding: 'base64' });
    expect(Buffer.from(result.body, 'base64').byteLength).toBe(CAP);
    expect(FIFTY_MB).toBeGreaterThan(CAP * 40);
    await upstream.allSocketsClosed();
  });

  it('I62 a gzip bomb trips the decoded-byte cap; content-encoding is not passed back', async () => {
    // The cap is the subject, not the clock: room to inflate a megabyte on a busy machine.
    const unhurried = { ...LIMITS, bodyTimeoutMs: 10_000, totalTimeoutMs: 20_000 };
    const { result } = await invokeOperation(request('gzip-bomb'), context({ limits: unhurried }));
    expect(result).toMatchObject({ status: 200, truncated: true, sizeBytes: CAP, bodyEncoding: 'text' });
    expect(result.headers.map(([name]) => name)).not.toContain('content-encoding');
  });

  it('I63 binary, HTML, invalid JSON and an empty 204 come back byte-exact, never parsed', async () => {
    const binary = (await invokeOperation(request('binary'), context())).result;
    expect(binary).toMatchObject({ bodyEncoding: 'base64', contentType: 'image/png', sizeBytes: 13 });
    expect([...Buffer.from(binary.body, 'base64')]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0xc3, 0x28,
    ]);
    const html = (await invokeOperation(request('html'), context())).result;
    expect(html).toMatchObject({
      bodyEncoding: 'text',
      body: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      contentType: 'text/html; charset=utf-8',
    });
    expect((await invokeOperation(request('bad-json'), context())).result).toMatchObject({
      status: 200,
      bodyEncoding: 'text',
      body: '{"broken": [1, 2,',
    });
    expect((await invokeOperation(request('empty-204'), context())).result).toMatchObject({
      status: 204,
      body: '',
      sizeBytes: 0,
      transactionId: 'fault-txn-204',
    });
  });

  it('I65 a reset mid-body → 502 UPSTREAM_RESET', async () => {
    expect(await failure(invokeOperation(request('reset'), context()))).toMatchObject({
      status: 502,
      code: 'UPSTREAM_RESET',
    });
  });

  it('I66 a self-signed certificate → 502 UPSTREAM_TLS, no request delivered', async () => {
    expect(upstream.tlsPort, 'the TLS case needs the openssl command (installed by .ci/run)').toBeDefined();
    const tls = context({ transport: { connector: upstream.connector({ tls: true }) } });
    expect(await failure(invokeOperation(request('ok'), tls))).toMatchObject({
      status: 502,
      code: 'UPSTREAM_TLS',
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it('D30/I67 no Set-Cookie, CORS grant or hop-by-hop header reaches the browser', async () => {
    const { result } = await invokeOperation(request('hop-by-hop'), context());
    const names = result.headers.map(([name]) => name);
    expect(names).toContain('x-kept');
    for (const name of [
      'set-cookie',
      'set-cookie2',
      'connection',
      'x-secret',
      'keep-alive',
      'upgrade',
      'proxy-authenticate',
      'trailer',
      'transfer-encoding',
      'access-control-allow-origin',
      'access-control-allow-credentials',
    ]) {
      expect(names).not.toContain(name);
    }
    expect(JSON.stringify(result)).not.toContain('UPSTREAM_COOKIE');
  });

  it('I64 the browser going away aborts the upstream call and closes its socket', async () => {
    const controller = new AbortController();
    upstream.events.once('request', () => controller.abort());
    const error = await failure(invokeOperation(request('never'), context({ signal: controller.signal })));
    expect(error).toMatchObject({ status: 499, code: 'CLIENT_ABORTED' });
    await upstream.allSocketsClosed();
  });
});
