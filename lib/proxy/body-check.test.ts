import { describe, expect, it } from 'vitest';

import { assertBodyMatchesContentType } from './body-check';

describe('assertBodyMatchesContentType', () => {
  it('refuses broken JSON, declared or by default, and says why', () => {
    expect(() => assertBodyMatchesContentType('{oops', [])).toThrow(/not valid JSON/);
    expect(() =>
      assertBodyMatchesContentType('{oops', [['Content-Type', 'application/json; charset=utf-8']]),
    ).toThrow(/not valid JSON/);
    expect(() =>
      assertBodyMatchesContentType('nope', [['content-type', 'application/merge-patch+json']]),
    ).toThrow(/not valid JSON/);
  });

  it('lets valid JSON, form bodies and no body through', () => {
    expect(() => assertBodyMatchesContentType('{"a":1}', [])).not.toThrow();
    expect(() =>
      assertBodyMatchesContentType('a=b&c=d', [['Content-Type', 'application/x-www-form-urlencoded']]),
    ).not.toThrow();
    expect(() => assertBodyMatchesContentType(undefined, [])).not.toThrow();
  });
});
