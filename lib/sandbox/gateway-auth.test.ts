import { beforeEach, describe, expect, it } from 'vitest';

import { handleSandboxRequest } from '@/lib/sandbox-gateway/handle-request';
import { useTestEnv } from '@/lib/testing/test-env';

import { signSandboxToken } from './jwt';
import { sandboxSigningKey } from './sandbox-config';

const meUrl = 'http://localhost:3000/sandbox/cvad/manage/me';

async function me(headers: Record<string, string>) {
  const response = await handleSandboxRequest(
    new Request(meUrl, {
      headers: { accept: 'application/json', 'citrix-customerid': 'sandboxdemo01', ...headers },
    }),
  );
  return { status: response.status, body: await response.json() };
}

const reason = (body: { parameters: { name: string; value: string }[] }) =>
  body.parameters.find((p) => p.name === 'reason')?.value;

describe('GET /cvad/manage/me behind the sandbox gateway', () => {
  let token: string;
  beforeEach(async () => {
    useTestEnv();
    token = await signSandboxToken(
      { customerId: 'sandboxdemo01', clientId: 'demo' },
      sandboxSigningKey(),
      3600,
    );
  });

  it('accepts CwsAuth Bearer=, whatever the case of scheme and key', async () => {
    for (const scheme of ['CwsAuth Bearer=', 'CWSAuth bearer=', 'cwsauth BEARER=']) {
      const { status, body } = await me({ authorization: `${scheme}${token}` });
      expect(status).toBe(200);
      expect(body.Customers[0].Id).toBe('sandboxdemo01');
      expect(body.Customers[0].Sites.length).toBeGreaterThan(0);
    }
  });

  it('answers 401 common/authentication reason missing without a header', async () => {
    const { status, body } = await me({});
    expect(status).toBe(401);
    expect(body).toEqual({
      type: 'https://errors-api.cloud.com/common/authentication',
      detail: 'Missing or invalid authentication details',
      parameters: [{ name: 'reason', value: 'missing' }],
    });
  });

  it('answers reason invalid for a malformed, forged or expired token, or a plain Bearer', async () => {
    const expired = await signSandboxToken(
      { customerId: 'sandboxdemo01', clientId: 'demo' },
      sandboxSigningKey(),
      60,
      Math.floor(Date.now() / 1000) - 120,
    );
    const forged = await signSandboxToken(
      { customerId: 'sandboxdemo01', clientId: 'demo' },
      new Uint8Array(32),
      3600,
    );
    for (const authorization of [
      `CwsAuth Bearer=${expired}`,
      `CwsAuth Bearer=${forged}`,
      'CwsAuth Bearer=',
      `Bearer ${token}`,
      'CwsAuth Bearer=a b',
    ]) {
      const { status, body } = await me({ authorization });
      expect(status).toBe(401);
      expect(reason(body)).toBe('invalid');
    }
  });

  it('refuses a token of another customer with reason invalid', async () => {
    const other = await signSandboxToken(
      { customerId: 'othercust02', clientId: 'x' },
      sandboxSigningKey(),
      3600,
    );
    const { status, body } = await me({ authorization: `CwsAuth Bearer=${other}` });
    expect(status).toBe(401);
    expect(reason(body)).toBe('invalid');
  });

  it('answers the gateway 500 without Citrix-CustomerId, as DaaS does', async () => {
    const response = await handleSandboxRequest(
      new Request(meUrl, {
        headers: { accept: 'application/json', authorization: `CwsAuth Bearer=${token}` },
      }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ statusCode: 500, message: 'Internal server error' });
  });

  it('answers 406 unless Accept is exactly application/json', async () => {
    for (const accept of ['*/*', 'application/json; charset=utf-8', '']) {
      const response = await handleSandboxRequest(
        new Request(meUrl, {
          headers: { accept, 'citrix-customerid': 'sandboxdemo01', authorization: `CwsAuth Bearer=${token}` },
        }),
      );
      expect(response.status).toBe(406);
      expect((await response.json()).type).toBe('https://errors-api.cloud.com/common/notAcceptable');
    }
  });
});
