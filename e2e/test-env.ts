/**
 * The environment the end-to-end server runs with. Canary values are unique strings: after the
 * suite, finding one anywhere the browser or the logs can see is a leak.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export const DEMO = {
  customerId: 'sandboxdemo01',
  clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
  clientSecret: 'Sbx3Demo+Secret/Key9w==',
};

export const CANARY = {
  customerId: 'canarycust01',
  clientId: 'canary-client-7f3a',
  clientSecret: 'SECRET_CANARY_7f3a9c1e+b/42==',
};

/** A second customer, for "a token of another customer is refused". */
export const OTHER = {
  customerId: 'othercust02',
  clientId: 'other-client-2b71',
  clientSecret: 'Other+Client/Secret2b71==',
};

/** A client whose tokens live only a few seconds, to watch expiry without sleeping. */
export const SHORT_LIVED = {
  customerId: 'shortlived03',
  clientId: 'short-lived-client-03',
  clientSecret: 'Short+Lived/Secret03==',
  tokenTtlSeconds: 8,
};

/** The e2e server's token-generation limit per minute, per session and per client address. */
export const TOKEN_RATE_LIMIT = 1000;

export const SESSION_PASSWORD = 'e2e-session-password-0123456789-abcdefghij';

export const SERVER_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  PORT: String(E2E_PORT),
  HOSTNAME: '127.0.0.1',
  SESSION_PASSWORD,
  SANDBOX_CLIENTS: JSON.stringify([CANARY, OTHER, SHORT_LIVED]),
  SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '1000',
  // Token-generation abuse limits high enough for the whole suite; e2e/security-abuse.spec.ts
  // reaches them with its own client addresses and cookies, which the rest of the suite never uses.
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: String(TOKEN_RATE_LIMIT),
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: String(TOKEN_RATE_LIMIT),
  TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: String(TOKEN_RATE_LIMIT),
  // As behind a reverse proxy: the client address is the last X-Forwarded-For entry (Next.js fills
  // in the socket address when a request carries none, as the browser tests' requests do).
  TRUST_PROXY_HEADERS: 'true',
};
