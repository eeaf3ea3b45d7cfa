import { describe, expect, it } from 'vitest';

import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts objects, including ones without a prototype', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ paths: {} })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('refuses null, arrays and every primitive', () => {
    for (const value of [null, undefined, [], [{}], 'text', 0, true, 1n]) {
      expect(isRecord(value), String(value)).toBe(false);
    }
  });
});
