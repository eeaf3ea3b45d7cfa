import { hostname, networkInterfaces } from 'node:os';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { resetEnvForTests } from '@/lib/config/env';

import { appOriginOf } from './app-origin';

const request = (host?: string, url = 'http://localhost:3000/api/invoke') =>
  new Request(url, { headers: host ? { host } : {} });

function configure(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.stubEnv('SESSION_PASSWORD', 'a-test-session-password-of-at-least-32-chars');
  resetEnvForTests();
}

describe('appOriginOf', () => {
  beforeEach(() => configure({ APP_ORIGIN: undefined, PORT: '3000' }));
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it('uses a Host that names this machine on its own port', () => {
    expect(appOriginOf(request('127.0.0.1:3000'))).toBe('http://127.0.0.1:3000');
    expect(appOriginOf(request('localhost:3000'))).toBe('http://localhost:3000');
    expect(appOriginOf(request('[::1]:3000'))).toBe('http://[::1]:3000');
    expect(appOriginOf(request(`${hostname()}:3000`))).toBe(`http://${hostname().toLowerCase()}:3000`);
  });

  it('uses one of this machine’s interface addresses (a teammate calling a shared demo server)', () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
    if (!address) return; // No external interface on this machine: nothing else to check.
    expect(appOriginOf(request(`${address}:3000`))).toBe(`http://${address}:3000`);
  });

  it.each([
    'evil.example',
    'evil.example:3000',
    'localhost.evil.example:3000',
    '127.0.0.1.evil.example:3000',
    '10.255.255.254:3000',
    'evil.example/path@x',
    'a b',
  ])('never uses a forged Host (%s): falls back to localhost on the server’s port', (host) => {
    expect(appOriginOf(request(host))).toBe('http://localhost:3000');
  });

  it('refuses this machine’s name on another port than the one it listens on', () => {
    expect(appOriginOf(request('127.0.0.1:6666'))).toBe('http://localhost:3000');
    expect(appOriginOf(request('localhost'))).toBe('http://localhost:3000');
  });

  it('falls back for a missing Host, and follows PORT', () => {
    expect(appOriginOf(request())).toBe('http://localhost:3000');
    configure({ APP_ORIGIN: undefined, PORT: '4200' });
    expect(appOriginOf(request('evil.example'))).toBe('http://localhost:4200');
    expect(appOriginOf(request('127.0.0.1:4200'))).toBe('http://127.0.0.1:4200');
  });

  it('uses APP_ORIGIN when configured, whatever the Host says', () => {
    configure({ APP_ORIGIN: 'https://explorer.example.com/some/path', PORT: '3000' });
    expect(appOriginOf(request('evil.example'))).toBe('https://explorer.example.com');
    expect(appOriginOf(request('127.0.0.1:3000'))).toBe('https://explorer.example.com');
  });
});
