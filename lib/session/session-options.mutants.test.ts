import { describe, expect, it } from 'vitest';

import {
  activeProfileCookieName,
  baseCookieOptions,
  COOKIE_BASE_NAME,
  DEFAULT_PROFILE_ID,
  isProfileId,
  MAX_COOKIE_BYTES,
  profileCookieName,
  profileIdOfCookie,
  sessionOptions,
  sessionTtlSeconds,
} from './session-options';

/** Cookie names, profile ids and session lifetimes at their exact edges (mutation testing, lib/session). */

describe('cookie names', () => {
  it('the default profile keeps the original cxapi cookie, others cxapi-p<id>, __Host- only when secure', () => {
    expect(COOKIE_BASE_NAME).toBe('cxapi');
    expect(DEFAULT_PROFILE_ID).toBe('default');
    expect(MAX_COOKIE_BYTES).toBe(4096);
    expect(profileCookieName('default', false)).toBe('cxapi');
    expect(profileCookieName('default', true)).toBe('__Host-cxapi');
    expect(profileCookieName('work2', false)).toBe('cxapi-pwork2');
    expect(profileCookieName('work2', true)).toBe('__Host-cxapi-pwork2');
    expect(activeProfileCookieName(false)).toBe('cxapi-active');
    expect(activeProfileCookieName(true)).toBe('__Host-cxapi-active');
  });

  it('profileIdOfCookie maps our cookie names back to profile ids, and nothing else', () => {
    expect(profileIdOfCookie('cxapi', false)).toBe('default');
    expect(profileIdOfCookie('__Host-cxapi', true)).toBe('default');
    expect(profileIdOfCookie('cxapi-pwork2', false)).toBe('work2');
    expect(profileIdOfCookie('__Host-cxapi-pwork2', true)).toBe('work2');
    // The secure and the plain names are not interchangeable.
    expect(profileIdOfCookie('cxapi', true)).toBeUndefined();
    expect(profileIdOfCookie('cxapi-pwork2', true)).toBeUndefined();
    expect(profileIdOfCookie('__Host-cxapi-pwork2', false)).toBeUndefined();
    // Not ours, or not a profile cookie.
    expect(profileIdOfCookie('other', false)).toBeUndefined();
    expect(profileIdOfCookie('xcxapi-pwork2', false)).toBeUndefined();
    expect(profileIdOfCookie('cxapi-active', false)).toBeUndefined();
    expect(profileIdOfCookie('cxapi-work2', false)).toBeUndefined();
    // `cxapi-pdefault` would be a second cookie for the default profile.
    expect(profileIdOfCookie('cxapi-pdefault', false)).toBeUndefined();
    // Ids outside the pattern.
    expect(profileIdOfCookie('cxapi-p', false)).toBeUndefined();
    expect(profileIdOfCookie('cxapi-pWork', false)).toBeUndefined();
    expect(profileIdOfCookie(`cxapi-p${'a'.repeat(16)}`, false)).toBe('a'.repeat(16));
    expect(profileIdOfCookie(`cxapi-p${'a'.repeat(17)}`, false)).toBeUndefined();
  });
});

describe('isProfileId', () => {
  it('accepts 1 to 16 lower-case letters and digits only', () => {
    expect(isProfileId('a')).toBe(true);
    expect(isProfileId('0')).toBe(true);
    expect(isProfileId('z9')).toBe(true);
    expect(isProfileId('a'.repeat(16))).toBe(true);
    expect(isProfileId('')).toBe(false);
    expect(isProfileId('a'.repeat(17))).toBe(false);
    expect(isProfileId('A')).toBe(false);
    expect(isProfileId('a-b')).toBe(false);
    expect(isProfileId('../evil')).toBe(false);
    expect(isProfileId('ok!')).toBe(false);
    expect(isProfileId('!ok')).toBe(false);
    expect(isProfileId('ok\n')).toBe(false);
  });

  it('is false for anything that is not a string', () => {
    expect(isProfileId(undefined)).toBe(false);
    expect(isProfileId(1)).toBe(false);
    expect(isProfileId(['a'])).toBe(false);
  });
});

describe('cookie options', () => {
  it('every cookie is HttpOnly, SameSite=Strict, Path=/, Secure as the request', () => {
    expect(baseCookieOptions(true)).toEqual({ httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
    expect(baseCookieOptions(false)).toEqual({
      httpOnly: true,
      secure: false,
      sameSite: 'strict',
      path: '/',
    });
  });

  it('sessionOptions: an hour and the default profile unless told, the profile’s cookie name', () => {
    const defaults = sessionOptions('p'.repeat(32), true);
    expect(defaults.password).toBe('p'.repeat(32));
    expect(defaults.ttl).toBe(3600);
    expect(defaults.cookieName).toBe('__Host-cxapi');
    expect(defaults.cookieOptions).toEqual(baseCookieOptions(true));
    const other = sessionOptions({ 2: 'p'.repeat(32) }, false, 900, 'b2');
    expect(other.password).toEqual({ 2: 'p'.repeat(32) });
    expect(other.ttl).toBe(900);
    expect(other.cookieName).toBe('cxapi-pb2');
    expect(other.cookieOptions).toEqual(baseCookieOptions(false));
  });
});

describe('sessionTtlSeconds', () => {
  const now = 1_700_000_000_000;

  it('is the token’s remaining life rounded up to the second, plus a minute', () => {
    expect(sessionTtlSeconds(now + 100_001, false, now)).toBe(161);
    expect(sessionTtlSeconds(now + 100_000, false, now)).toBe(160);
    expect(sessionTtlSeconds(now + 99_999, false, now)).toBe(160);
  });

  it('is never under two minutes, even for a token already expired', () => {
    expect(sessionTtlSeconds(now + 60_000, false, now)).toBe(120);
    expect(sessionTtlSeconds(now + 60_001, false, now)).toBe(121);
    expect(sessionTtlSeconds(now - 3_600_000, false, now)).toBe(120);
  });

  it('is 8 hours when renewing, whatever the token’s life', () => {
    expect(sessionTtlSeconds(now + 60_000, true, now)).toBe(28_800);
    expect(sessionTtlSeconds(now + 86_400_000, true, now)).toBe(28_800);
  });

  it('reads the clock when not given one', () => {
    expect(sessionTtlSeconds(Date.now() + 600_000, false)).toBeGreaterThanOrEqual(659);
    expect(sessionTtlSeconds(Date.now() + 600_000, false)).toBeLessThanOrEqual(660);
  });
});
