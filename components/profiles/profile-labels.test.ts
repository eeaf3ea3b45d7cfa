import { describe, expect, it } from 'vitest';

import type { Profile } from '@/lib/profiles/store';

import { minutesLeft, profileTokenState, shortTokenState } from './profile-labels';

const NOW = 1_800_000_000_000;
const profile = (expiresInMs: number, issuedAgoMs = 0): Profile =>
  ({
    id: 'p1',
    name: 'Default',
    saved: true,
    token: {
      profileId: 'p1',
      authenticated: true,
      region: 'sandbox',
      customerId: 'sandboxdemo01',
      issuedAt: NOW - issuedAgoMs,
      expiresAt: NOW + expiresInMs,
    },
  }) as unknown as Profile;

describe('token minutes in the profile picker', () => {
  it('says 59 min for 59:58 left, never 60 or 61', () => {
    expect(shortTokenState(profile(59 * 60_000 + 58_000), NOW)).toBe('59 min');
  });

  it('never says more than the token lives, even with a clock read before it arrived', () => {
    // `now` read 15 s before the token was issued: 60:15 "left" by the clock, 60:00 by its lifetime.
    expect(minutesLeft(NOW + 3_600_000, NOW - 15_000, NOW)).toBe(60);
    expect(shortTokenState(profile(3_600_000 + 15_000, -15_000), NOW)).toBe('60 min');
  });

  it('says "under 1 min", "expired" and "no token"', () => {
    expect(shortTokenState(profile(30_000), NOW)).toBe('under 1 min');
    expect(shortTokenState(profile(-1), NOW)).toBe('expired');
    expect(shortTokenState({ id: 'x', name: 'New', saved: true } as unknown as Profile, NOW)).toBe(
      'no token',
    );
    expect(profileTokenState(profile(59 * 60_000 + 58_000), NOW, 'minutes')).toBe(
      'sandboxdemo01 · Sandbox · 59 min left',
    );
  });
});
