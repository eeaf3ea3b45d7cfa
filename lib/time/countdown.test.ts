import { describe, expect, it } from 'vitest';

import { expiryState, formatCountdown } from './countdown';

describe('formatCountdown', () => {
  it('shows minutes and seconds, padded', () => {
    expect(formatCountdown(65_000, 0)).toBe('01:05');
    expect(formatCountdown(3_599_999, 0)).toBe('59:59');
  });
  it('shows hours past an hour', () => {
    expect(formatCountdown(3_600_000 + 61_000, 0)).toBe('1:01:01');
  });
  it('never goes negative', () => {
    expect(formatCountdown(1_000, 5_000)).toBe('00:00');
  });
});

describe('expiryState', () => {
  it('warns in the last five minutes and expires at the instant', () => {
    expect(expiryState(10 * 60_000, 0)).toBe('valid');
    expect(expiryState(5 * 60_000, 0)).toBe('expiring');
    expect(expiryState(1_000, 1_000)).toBe('expired');
  });
});
