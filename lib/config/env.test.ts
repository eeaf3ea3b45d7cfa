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
    expect(() => parseEnv({ SESSION_PASSWORD: 'short' })).toThrow(/SESSION_PASSWORD: must be at least 32 characters/);
  });

  it('accepts a rotation map of passwords', () => {
    const map = { '2': 'n'.repeat(32), '1': 'o'.repeat(32) };
    expect(parseEnv({ SESSION_PASSWORD: JSON.stringify(map) }).SESSION_PASSWORD).toEqual(map);
    expect(() => parseEnv({ SESSION_PASSWORD: '{"1":"short"}' })).toThrow(/SESSION_PASSWORD/);
  });

  it('parses extra sandbox clients and names a bad entry', () => {
    const clients = [{ customerId: 'acme01', clientId: 'c1', clientSecret: 'secret-123', tokenTtlSeconds: 30 }];
    expect(parseEnv({ SANDBOX_CLIENTS: JSON.stringify(clients) }).SANDBOX_CLIENTS).toEqual(clients);
    expect(() => parseEnv({ SANDBOX_CLIENTS: 'not json' })).toThrow(/SANDBOX_CLIENTS: must be a JSON array/);
    expect(() => parseEnv({ SANDBOX_CLIENTS: '[{"customerId":"a/b","clientId":"c","clientSecret":"secret-123"}]' })).toThrow(
      /SANDBOX_CLIENTS: invalid entry at \[0.customerId\]/,
    );
  });

  it('names a bad flag or lifetime', () => {
    expect(() => parseEnv({ SANDBOX_ENABLED: 'maybe' })).toThrow(/SANDBOX_ENABLED/);
    expect(() => parseEnv({ SANDBOX_TOKEN_TTL_SECONDS: '2' })).toThrow(/SANDBOX_TOKEN_TTL_SECONDS/);
    expect(parseEnv({ SANDBOX_ENABLED: 'false' }).SANDBOX_ENABLED).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ SANDBOX_TOKEN_TTL_SECONDS: '' }).SANDBOX_TOKEN_TTL_SECONDS).toBe(3600);
  });
});
