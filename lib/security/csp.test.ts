import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, makeNonce } from './csp';

describe('contentSecurityPolicy', () => {
  it('is strict in production: nonce + strict-dynamic, no eval, no framing, no plugins, no base', () => {
    const policy = contentSecurityPolicy('abc123', false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it('allows eval only for the development server', () => {
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });

  it('makes a different nonce every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    expect(nonces.size).toBe(50);
  });
});
