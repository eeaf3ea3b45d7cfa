import { describe, expect, it } from 'vitest';

import { jsonNestingDepth } from './nesting-depth';

describe('jsonNestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonNestingDepth('{"a":"[[[{{{\\"[["}')).toBe(1);
  });

  it('measures 10,000 levels without a stack', () => {
    expect(jsonNestingDepth('['.repeat(10_000) + ']'.repeat(10_000))).toBe(10_000);
  });
});
