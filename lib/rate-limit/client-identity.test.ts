import { describe, expect, it } from 'vitest';

import { clientAddressKey, newRateLimitId, rateLimitCookie, rateLimitIdFromCookies } from './client-identity';

describe('clientAddressKey', () => {
  it('ignores X-Forwarded-For entirely unless proxy headers are trusted (the client could choose it)', () => {
    expect(clientAddressKey('203.0.113.7', false)).toBeUndefined();
    expect(clientAddressKey(null, true)).toBeUndefined();
  });

  it("takes the LAST entry, the one our proxy wrote; entries to its left are the client's own", () => {
    expect(clientAddressKey('198.51.100.1, 10.9.8.7, 203.0.113.7', true)).toBe('ip:203.0.113.7');
    expect(clientAddressKey('forged-anything, 203.0.113.7 ', true)).toBe('ip:203.0.113.7');
  });

  it('normalises IPv4-mapped IPv6 and strips ports and brackets', () => {
    expect(clientAddressKey('::ffff:203.0.113.7', true)).toBe('ip:203.0.113.7');
    expect(clientAddressKey('203.0.113.7:51234', true)).toBe('ip:203.0.113.7');
    expect(clientAddressKey('[2001:db8::1]:443', true)).toBe('ip6:2001:db8:0:0::/64');
  });

  it('counts IPv6 by /64, so rotating the interface id does not escape the limit', () => {
    const a = clientAddressKey('2001:db8:aa:bb:1:2:3:4', true);
    const b = clientAddressKey('2001:db8:aa:bb:ffff:ffff:ffff:ffff', true);
    expect(a).toBe('ip6:2001:db8:aa:bb::/64');
    expect(b).toBe(a);
    expect(clientAddressKey('2001:db8:aa:bc::1', true)).not.toBe(a);
  });

  it('refuses what is not a plain address (then the shared bucket applies)', () => {
    for (const junk of [
      '',
      ' , ',
      'unknown',
      'evil.example',
      '0x7f.1',
      '127.1',
      '1.2.3.4.5',
      'x'.repeat(100),
      '[::1',
      '203.0.113.7 extra',
    ]) {
      expect(clientAddressKey(junk, true), junk).toBeUndefined();
    }
  });
});

describe('the rate-limit session id cookie', () => {
  it('is 128 random bits, HttpOnly, SameSite=Strict, Path=/, and __Host- + Secure on https', () => {
    const id = newRateLimitId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newRateLimitId()).not.toBe(id);
    expect(rateLimitCookie(id, false)).toEqual({
      name: 'cxapi-rl',
      value: id,
      options: { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 86_400, secure: false },
    });
    expect(rateLimitCookie(id, true)).toEqual({
      name: '__Host-cxapi-rl',
      value: id,
      options: { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 86_400, secure: true },
    });
  });

  it('reads either name, and ignores a malformed value', () => {
    const id = newRateLimitId();
    expect(rateLimitIdFromCookies(`a=b; cxapi-rl=${id}; c=d`)).toBe(id);
    expect(rateLimitIdFromCookies(`__Host-cxapi-rl=${id}`)).toBe(id);
    expect(rateLimitIdFromCookies('cxapi-rl=short')).toBeUndefined();
    expect(rateLimitIdFromCookies(`cxapi-rl=${id}x`)).toBeUndefined();
    expect(rateLimitIdFromCookies(`cxapi=${id}`)).toBeUndefined();
    expect(rateLimitIdFromCookies(null)).toBeUndefined();
  });
});
