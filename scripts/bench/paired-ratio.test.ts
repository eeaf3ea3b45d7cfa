import { describe, expect, it } from 'vitest';

import { pairedRatio } from './paired-ratio.mjs';

describe('pairedRatio', () => {
  it('takes the median of the run-by-run ratios', () => {
    expect(pairedRatio([100, 300, 200], [200, 400, 1000])).toBeCloseTo(0.5);
    expect(pairedRatio([1, 2, 3, 4], [2, 2, 2, 2])).toBeCloseTo(1.25);
  });

  it('differs from the ratio of medians when the machine changed speed between runs', () => {
    // Runs 2 and 3 were slower and faster moments of the machine for both tools.
    const ours = [600, 2100, 500];
    const peer = [1000, 3000, 1200];
    expect(pairedRatio(ours, peer)).toBeCloseTo(0.6);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    expect(median(ours) / median(peer)).toBeCloseTo(0.5);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/2 against 1 runs/);
    expect(() => pairedRatio([], [])).toThrow();
  });
});
