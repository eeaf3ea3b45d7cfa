import { describe, expect, it } from 'vitest';

import { countLabel } from './count-label';

describe('countLabel', () => {
  it('says "1 operation", never "1 operations"', () => {
    expect(countLabel(1, 'operation')).toBe('1 operation');
    expect(countLabel(2, 'operation')).toBe('2 operations');
    expect(countLabel(0, 'operation')).toBe('0 operations');
  });

  it('takes an irregular plural', () => {
    expect(countLabel(1, 'match', 'matches')).toBe('1 match');
    expect(countLabel(3, 'match', 'matches')).toBe('3 matches');
  });
});
