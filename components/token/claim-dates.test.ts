import { describe, expect, it } from 'vitest';

import { claimDates } from './claim-dates';

describe('claimDates', () => {
  it('reads iat, nbf and exp as dates', () => {
    expect(claimDates({ iat: 1_780_000_000, nbf: 1_780_000_000, exp: 1_780_003_600, sub: 'x' })).toEqual([
      { claim: 'iat', meaning: 'issued at', seconds: 1_780_000_000, iso: '2026-05-28T20:26:40.000Z' },
      { claim: 'nbf', meaning: 'not valid before', seconds: 1_780_000_000, iso: '2026-05-28T20:26:40.000Z' },
      { claim: 'exp', meaning: 'expires at', seconds: 1_780_003_600, iso: '2026-05-28T21:26:40.000Z' },
    ]);
  });

  it('skips claims that are missing or not times', () => {
    expect(claimDates({ iat: 'yesterday', exp: Number.NaN })).toEqual([]);
  });
});
