import { describe, expect, it } from 'vitest';

import {
  budgetMessage,
  checkCookieBudget,
  cookieHeaderBytes,
  NODE_MAX_HEADER_BYTES,
  PROFILE_COOKIE_BUDGET_BYTES,
} from './cookie-budget';

/** Exact byte counts and boundaries of the profile cookie budget (mutation testing, lib/session). */

describe('cookieHeaderBytes', () => {
  it('counts the bytes of a Cookie header exactly: name=value pairs joined by "; "', () => {
    expect(cookieHeaderBytes([])).toBe(0);
    expect(cookieHeaderBytes([{ name: 'a', value: '1' }])).toBe('a=1'.length);
    expect(
      cookieHeaderBytes([
        { name: 'a', value: '1' },
        { name: 'bb', value: '22' },
        { name: 'ccc', value: '' },
      ]),
    ).toBe('a=1; bb=22; ccc='.length);
  });
});

describe('checkCookieBudget', () => {
  it('the limits are Node’s 16 KB header limit and a 12 KB budget for our cookies', () => {
    expect(NODE_MAX_HEADER_BYTES).toBe(16_384);
    expect(PROFILE_COOKIE_BUDGET_BYTES).toBe(12_288);
  });

  it('a candidate that lands exactly on the budget fits; one byte more does not', () => {
    const current = [{ name: 'cxapi', value: 'x'.repeat(10) }]; // 16 bytes
    // 16 + '; ' + 'cxapi-pa=' (9) + value = 27 + value
    const exact = checkCookieBudget(current, { name: 'cxapi-pa', value: 'y'.repeat(73) }, 100);
    expect(exact).toEqual({ ok: true, afterBytes: 100, otherProfiles: 1 });
    const over = checkCookieBudget(current, { name: 'cxapi-pa', value: 'y'.repeat(74) }, 100);
    expect(over).toEqual({ ok: false, afterBytes: 101, otherProfiles: 1 });
  });

  it('defaults to the 12 KB budget', () => {
    const fits = checkCookieBudget([], { name: 'c', value: 'v'.repeat(PROFILE_COOKIE_BUDGET_BYTES - 2) });
    expect(fits).toEqual({ ok: true, afterBytes: PROFILE_COOKIE_BUDGET_BYTES, otherProfiles: 0 });
    const over = checkCookieBudget([], { name: 'c', value: 'v'.repeat(PROFILE_COOKIE_BUDGET_BYTES - 1) });
    expect(over.ok).toBe(false);
  });

  it('the candidate replaces a cookie of its own name, and cleared (empty) cookies do not count', () => {
    const current = [
      { name: 'cxapi', value: 'x'.repeat(50) },
      { name: 'cxapi-pa', value: 'old'.repeat(100) },
      { name: 'cxapi-pb', value: '' },
    ];
    const check = checkCookieBudget(current, { name: 'cxapi-pa', value: 'new' });
    expect(check.otherProfiles).toBe(1);
    expect(check.afterBytes).toBe(`cxapi=${'x'.repeat(50)}; cxapi-pa=new`.length);
  });
});

describe('budgetMessage', () => {
  it('names the other profiles, the size it would reach and the limits, in KB with one decimal', () => {
    expect(budgetMessage({ ok: false, afterBytes: 13_000, otherProfiles: 3 })).toBe(
      'This browser already keeps tokens for 3 other profiles; one more would take the session cookies to ' +
        "12.7 KB, over the 12.0 KB that keeps every request under the server's 16.0 KB header limit. " +
        'Sign out of a profile (or delete one) and try again.',
    );
  });

  it('says "profile" for exactly one other profile, "profiles" otherwise', () => {
    expect(budgetMessage({ ok: false, afterBytes: 12_800, otherProfiles: 1 })).toMatch(
      /^This browser already keeps tokens for 1 other profile; one more would take the session cookies to 12\.5 KB,/,
    );
    expect(budgetMessage({ ok: false, afterBytes: 12_800, otherProfiles: 0 })).toMatch(
      /^This browser already keeps tokens for 0 other profiles; /,
    );
  });
});
