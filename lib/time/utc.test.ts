import { describe, expect, it } from 'vitest';

import { formatUtc } from './utc';

describe('formatUtc', () => {
  it('writes the date and the time to the second, in UTC', () => {
    expect(formatUtc(Date.UTC(2026, 11, 7, 0, 27, 57, 846))).toBe('2026-12-07 00:27:57 UTC');
  });

  it('does not depend on the time zone of the machine', () => {
    const ms = Date.UTC(2026, 0, 1, 23, 5, 9);
    expect(formatUtc(ms)).toBe('2026-01-01 23:05:09 UTC');
  });
});
