import { describe, expect, it } from 'vitest';

import { signSandboxToken, verifySandboxToken } from './jwt';

const key = new Uint8Array(32).fill(7);
const subject = { customerId: 'acme01', clientId: 'client-1' };

describe('sandbox JWTs', () => {
  it('carry customer, client, issue and expiry time', async () => {
    const token = await signSandboxToken(subject, key, 3600, 1_000_000);
    const result = await verifySandboxToken(token, key, 1_000_100);
    expect(result).toEqual({ ok: true, claims: { ...subject, issuedAt: 1_000_000, expiresAt: 1_003_600 } });
  });

  it('expire on time, by a controlled clock', async () => {
    const token = await signSandboxToken(subject, key, 60, 1_000_000);
    expect((await verifySandboxToken(token, key, 1_000_059)).ok).toBe(true);
    expect(await verifySandboxToken(token, key, 1_000_061)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a forged signature, another key, or garbage', async () => {
    const token = await signSandboxToken(subject, key, 60, 1_000_000);
    const [header, payload] = token.split('.');
    expect((await verifySandboxToken(`${header}.${payload}.AAAA`, key, 1_000_001)).ok).toBe(false);
    expect((await verifySandboxToken(token, new Uint8Array(32), 1_000_001)).ok).toBe(false);
    expect((await verifySandboxToken('garbage', key)).ok).toBe(false);
  });

  it('refuse an unsigned (alg none) token', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const none = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ customer_id: 'acme01', client_id: 'x', exp: 2_000_000_000 })}.`;
    expect((await verifySandboxToken(none, key)).ok).toBe(false);
  });
});
