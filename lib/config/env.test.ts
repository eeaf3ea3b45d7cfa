import { describe, expect, it } from 'vitest';

import { parseEnv } from './env';

const password = 'p'.repeat(32);

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.SANDBOX_ENABLED).toBe(true);
    expect(env.SANDBOX_TOKEN_TTL_SECONDS).toBe(3600);
    expect(env.SANDBOX_CLIENTS).toEqual([]);
    expect(env.SANDBOX_DEMO_CUSTOMER_ID).toBe('sandboxdemo01');
  });

  it('requires a session password in production, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_PASSWORD: required in production/);
    expect(parseEnv({ NODE_ENV: 'production', SESSION_PASSWORD: password }).SESSION_PASSWORD).toBe(password);
  });

  it('refuses a short session password', () => {
    expect(() => parseEnv({ SESSION_PASSWORD: 'short' })).toThrow(
      /SESSION_PASSWORD: must be at least 32 characters/,
    );
  });

  it('accepts a rotation map of passwords', () => {
    const map = { '2': 'n'.repeat(32), '1': 'o'.repeat(32) };
    expect(parseEnv({ SESSION_PASSWORD: JSON.stringify(map) }).SESSION_PASSWORD).toEqual(map);
    expect(() => parseEnv({ SESSION_PASSWORD: '{"1":"short"}' })).toThrow(/SESSION_PASSWORD/);
  });

  it('parses extra sandbox clients and names a bad entry', () => {
    const clients = [
      { customerId: 'acme01', clientId: 'c1', clientSecret: 'secret-123', tokenTtlSeconds: 30 },
    ];
    expect(parseEnv({ SANDBOX_CLIENTS: JSON.stringify(clients) }).SANDBOX_CLIENTS).toEqual(clients);
    expect(() => parseEnv({ SANDBOX_CLIENTS: 'not json' })).toThrow(/SANDBOX_CLIENTS: must be a JSON array/);
    expect(() =>
      parseEnv({ SANDBOX_CLIENTS: '[{"customerId":"a/b","clientId":"c","clientSecret":"secret-123"}]' }),
    ).toThrow(/SANDBOX_CLIENTS: invalid entry at \[0.customerId\]/);
  });

  it('names a bad flag or lifetime', () => {
    expect(() => parseEnv({ SANDBOX_ENABLED: 'maybe' })).toThrow(/SANDBOX_ENABLED/);
    expect(() => parseEnv({ SANDBOX_TOKEN_TTL_SECONDS: '2' })).toThrow(/SANDBOX_TOKEN_TTL_SECONDS/);
    expect(parseEnv({ SANDBOX_ENABLED: 'false' }).SANDBOX_ENABLED).toBe(false);
  });

  it('has abuse-limit defaults and refuses a zero or non-numeric limit', () => {
    const env = parseEnv({});
    expect(env.TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION).toBe(5);
    expect(env.TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP).toBe(10);
    expect(env.TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED).toBe(60);
    expect(env.TRUST_PROXY_HEADERS).toBe(false);
    expect(
      parseEnv({ TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: '1000', TRUST_PROXY_HEADERS: 'true' }),
    ).toMatchObject({
      TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: 1000,
      TRUST_PROXY_HEADERS: true,
    });
    expect(() => parseEnv({ TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: '0' })).toThrow(
      /TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION/,
    );
    expect(() => parseEnv({ TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: 'lots' })).toThrow(
      /TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED/,
    );
    expect(() => parseEnv({ TRUST_PROXY_HEADERS: 'sometimes' })).toThrow(/TRUST_PROXY_HEADERS/);
  });

  it('has no sandbox latency unless asked, and caps it at a minute', () => {
    expect(parseEnv({}).SANDBOX_LATENCY_MS).toBe(0);
    expect(parseEnv({ SANDBOX_LATENCY_MS: '50' }).SANDBOX_LATENCY_MS).toBe(50);
    expect(() => parseEnv({ SANDBOX_LATENCY_MS: '-1' })).toThrow(/SANDBOX_LATENCY_MS/);
    expect(() => parseEnv({ SANDBOX_LATENCY_MS: '60001' })).toThrow(/SANDBOX_LATENCY_MS/);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ SANDBOX_TOKEN_TTL_SECONDS: '' }).SANDBOX_TOKEN_TTL_SECONDS).toBe(3600);
  });

  it('takes REDIS_URL as redis:// or rediss://, never echoing a bad value (it may hold a password)', () => {
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0');
    expect(parseEnv({ REDIS_URL: 'rediss://:pw@cache.example:6380' }).REDIS_URL).toBe(
      'rediss://:pw@cache.example:6380',
    );
    for (const bad of ['http://:hunter2@cache.example', 'hunter2', 'redis://']) {
      expect(() => parseEnv({ REDIS_URL: bad })).toThrow(
        /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
      );
      expect(() => parseEnv({ REDIS_URL: bad })).not.toThrow(/hunter2/);
    }
  });
});
