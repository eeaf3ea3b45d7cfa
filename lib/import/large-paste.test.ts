import { describe, expect, it } from 'vitest';

import { isLargePaste, LARGE_PASTE_CHARS, textToImport } from './large-paste';

describe('large pastes', () => {
  it('text of 256 KB or more is kept out of the paste box', () => {
    expect(isLargePaste('x'.repeat(LARGE_PASTE_CHARS))).toBe(true);
    expect(isLargePaste('x'.repeat(LARGE_PASTE_CHARS - 1))).toBe(false);
    expect(isLargePaste('openapi: 3.1.0')).toBe(false);
  });

  it('the kept-aside paste is what is imported while it is kept, else the box', () => {
    expect(textToImport('openapi: 3.1.0 # big', '')).toBe('openapi: 3.1.0 # big');
    expect(textToImport(undefined, 'openapi: 3.0.3')).toBe('openapi: 3.0.3');
  });
});
