import { describe, expect, it } from 'vitest';

import { toPublicSession, type SessionAuth } from './session-data';

/** What toPublicSession keeps and drops (mutation testing, lib/session). */

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.c2ln`;

function auth(overrides: Partial<SessionAuth> = {}): SessionAuth {
  return {
    region: 'sandbox',
    flow: 'oauth2',
    customerId: 'typedcustomer',
    clientId: 'demo-client',
    token: jwt({ customer_id: 'claimedcustomer' }),
    issuedAt: 1_000,
    expiresAt: 3_601_000,
    ...overrides,
  };
}

describe('toPublicSession', () => {
  it('without authentication: only authenticated:false', () => {
    expect(toPublicSession(undefined)).toEqual({ authenticated: false });
    expect(toPublicSession(undefined, 'demo-client')).toEqual({ authenticated: false });
  });

  it('keeps who, where and until when, and the token’s own customer claim; never the token or the secret', () => {
    const view = toPublicSession(auth({ renew: { kind: 'secret', secret: 'SECRET_CANARY' } }), 'demo-client');
    expect(view).toEqual({
      authenticated: true,
      region: 'sandbox',
      flow: 'oauth2',
      customerId: 'typedcustomer',
      tokenCustomerId: 'claimedcustomer',
      clientId: 'demo-client',
      issuedAt: 1_000,
      expiresAt: 3_601_000,
      renewAutomatically: true,
      demo: true,
    });
    expect(JSON.stringify(view)).not.toContain('SECRET_CANARY');
    expect(JSON.stringify(view)).not.toContain(auth().token);
  });

  it('leaves tokenCustomerId out (not undefined) when the token names no customer', () => {
    const view = toPublicSession(auth({ token: 'opaque-token' }));
    expect(Object.keys(view)).not.toContain('tokenCustomerId');
    expect(view.authenticated).toBe(true);
  });

  it('renewAutomatically is true for either kind of renewal, false without', () => {
    expect(toPublicSession(auth()).renewAutomatically).toBe(false);
    expect(toPublicSession(auth({ renew: { kind: 'sandbox-demo' } })).renewAutomatically).toBe(true);
  });

  it('demo only for the sandbox’s own demo client in the sandbox region', () => {
    expect(toPublicSession(auth(), 'demo-client').demo).toBe(true);
    expect(toPublicSession(auth(), 'another-client').demo).toBe(false);
    expect(toPublicSession(auth(), undefined).demo).toBe(false);
    expect(toPublicSession(auth({ region: 'us' }), 'demo-client').demo).toBe(false);
  });
});
