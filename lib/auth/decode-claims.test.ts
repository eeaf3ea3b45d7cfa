import { describe, expect, it } from 'vitest';

import { signSandboxToken } from '@/lib/sandbox/jwt';

import { decodeTokenClaims } from './decode-claims';

describe('decodeTokenClaims', () => {
  it('reads header and claims of a JWT without its signature', async () => {
    const token = await signSandboxToken(
      { customerId: 'acme01', clientId: 'client-1' },
      new Uint8Array(32),
      60,
      1_000,
    );
    const decoded = decodeTokenClaims(token);
    expect(decoded?.header).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    expect(decoded?.claims).toMatchObject({
      customer_id: 'acme01',
      client_id: 'client-1',
      iat: 1_000,
      exp: 1_060,
    });
    expect(JSON.stringify(decoded)).not.toContain(token.split('.')[2]);
  });

  it('answers undefined for something that is not a JWT', () => {
    expect(decodeTokenClaims('not-a-jwt')).toBeUndefined();
  });
});
