import type { SessionOptions } from 'iron-session';

export const COOKIE_BASE_NAME = 'cxapi';
/** Browsers refuse cookies over 4096 bytes; iron-session throws past that, and so do we. */
export const MAX_COOKIE_BYTES = 4096;
const RENEWING_SESSION_SECONDS = 8 * 3600;

/**
 * Cookie options for one response. `secure` decides the name: `__Host-` needs Secure, and a
 * plain-http development server cannot set a Secure cookie for a non-localhost host.
 * The TTL never outlives the token, except with renewal, where the server re-mints.
 */
export function sessionOptions(
  password: string | Record<string, string>,
  secure: boolean,
  ttlSeconds = 3600,
): SessionOptions {
  return {
    password,
    cookieName: secure ? `__Host-${COOKIE_BASE_NAME}` : COOKIE_BASE_NAME,
    ttl: ttlSeconds,
    cookieOptions: { httpOnly: true, secure, sameSite: 'strict', path: '/' },
  };
}

/** The TTL to seal a session with: the token's remaining life plus a minute, or 8 h when renewing. */
export function sessionTtlSeconds(expiresAt: number, renewing: boolean, now = Date.now()): number {
  if (renewing) return RENEWING_SESSION_SECONDS;
  return Math.max(120, Math.ceil((expiresAt - now) / 1000) + 60);
}
