import type { SessionOptions } from 'iron-session';

export const COOKIE_BASE_NAME = 'cxapi';
/** Browsers refuse cookies over 4096 bytes; iron-session throws past that, and so do we. */
export const MAX_COOKIE_BYTES = 4096;
const RENEWING_SESSION_SECONDS = 8 * 3600;

/**
 * Connection profiles (docs/profiles.md). The default profile keeps its token in the original
 * `cxapi` cookie, so a session from before profiles existed is simply the default profile; every
 * other profile has its own sealed cookie `cxapi-p<id>`. Which one is active is a small cookie of
 * its own, `cxapi-active`, holding only the profile id.
 */
export const DEFAULT_PROFILE_ID = 'default';
/** Profile ids are chosen by the browser: short, lower-case, safe inside a cookie name. */
export const PROFILE_ID_PATTERN = /^[a-z0-9]{1,16}$/;

const prefix = (secure: boolean) => (secure ? '__Host-' : '');

/** The sealed cookie holding one profile's authentication. */
export function profileCookieName(profileId: string, secure: boolean): string {
  return profileId === DEFAULT_PROFILE_ID
    ? `${prefix(secure)}${COOKIE_BASE_NAME}`
    : `${prefix(secure)}${COOKIE_BASE_NAME}-p${profileId}`;
}

/** The cookie naming the active profile (an id, not a secret; HttpOnly all the same). */
export function activeProfileCookieName(secure: boolean): string {
  return `${prefix(secure)}${COOKIE_BASE_NAME}-active`;
}

/** The profile a cookie of ours belongs to, or undefined for any other cookie. */
export function profileIdOfCookie(name: string, secure: boolean): string | undefined {
  const base = `${prefix(secure)}${COOKIE_BASE_NAME}`;
  if (name === base) return DEFAULT_PROFILE_ID;
  if (!name.startsWith(`${base}-p`)) return undefined;
  const id = name.slice(base.length + 2);
  return PROFILE_ID_PATTERN.test(id) && id !== DEFAULT_PROFILE_ID ? id : undefined;
}

export function isProfileId(value: unknown): value is string {
  return typeof value === 'string' && PROFILE_ID_PATTERN.test(value);
}

/** Options every cookie of ours is set with (DESIGN §5). */
export function baseCookieOptions(secure: boolean) {
  return { httpOnly: true, secure, sameSite: 'strict' as const, path: '/' };
}

/**
 * Cookie options for one response. `secure` decides the name: `__Host-` needs Secure, and a
 * plain-http development server cannot set a Secure cookie for a non-localhost host.
 * The TTL never outlives the token, except with renewal, where the server re-mints.
 */
export function sessionOptions(
  password: string | Record<string, string>,
  secure: boolean,
  ttlSeconds = 3600,
  profileId: string = DEFAULT_PROFILE_ID,
): SessionOptions {
  return {
    password,
    cookieName: profileCookieName(profileId, secure),
    ttl: ttlSeconds,
    cookieOptions: baseCookieOptions(secure),
  };
}

/** The TTL to seal a session with: the token's remaining life plus a minute, or 8 h when renewing. */
export function sessionTtlSeconds(expiresAt: number, renewing: boolean, now = Date.now()): number {
  if (renewing) return RENEWING_SESSION_SECONDS;
  return Math.max(120, Math.ceil((expiresAt - now) / 1000) + 60);
}
