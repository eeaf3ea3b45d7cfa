import { describe, expect, it } from 'vitest';

import { appOriginOf } from './app-origin';

const request = (host?: string) =>
  new Request('http://localhost:3000/api/invoke', { headers: host ? { host } : {} });

describe('appOriginOf', () => {
  it('uses the Host header the browser sent', () => {
    expect(appOriginOf(request('127.0.0.1:3000'))).toBe('http://127.0.0.1:3000');
    expect(appOriginOf(request('[::1]:3000'))).toBe('http://[::1]:3000');
  });

  it('falls back to the request URL for a missing or odd Host', () => {
    expect(appOriginOf(request())).toBe('http://localhost:3000');
    expect(appOriginOf(request('evil.example/path@x'))).toBe('http://localhost:3000');
  });
});
