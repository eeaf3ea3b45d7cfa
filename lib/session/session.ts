import 'server-only';

import { getIronSession, sealData, type IronSession } from 'iron-session';
import { cookies, headers } from 'next/headers';

import { env } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';

import { budgetMessage, checkCookieBudget, type CookiePair } from './cookie-budget';
import { isSessionRevoked, newSessionId, revokeSessionId } from './revocation';
import type { SessionAuth, SessionData } from './session-data';
import {
  activeProfileCookieName,
  DEFAULT_PROFILE_ID,
  isProfileId,
  MAX_COOKIE_BYTES,
  profileCookieName,
  profileIdOfCookie,
  sessionOptions,
  sessionTtlSeconds,
} from './session-options';
import { sealExpiration, unsealCached } from './unseal-cache';

export type CookieJar = Awaited<ReturnType<typeof cookies>>;

export async function isSecureRequest(): Promise<boolean> {
  const mode = env().COOKIE_SECURE;
  if (mode !== 'auto') return mode === 'always';
  const proto = (await headers()).get('x-forwarded-proto') ?? '';
  return proto.split(',')[0]!.trim() === 'https';
}

/** Every cookie of the request (tolerates minimal cookie stores, as unit tests use). */
export function allCookies(jar: CookieJar): CookiePair[] {
  const store = jar as Partial<CookieJar>;
  return typeof store.getAll === 'function' ? store.getAll().map(({ name, value }) => ({ name, value })) : [];
}

/** The active profile: the `cxapi-active` cookie when it names a valid id, else the default profile. */
export function readActiveProfileId(jar: CookieJar, secure: boolean): string {
  const value = jar.get(activeProfileCookieName(secure))?.value;
  return isProfileId(value) ? value : DEFAULT_PROFILE_ID;
}

/** Our profile cookies in this request (default `cxapi` and every `cxapi-p<id>`). */
export function profileCookies(jar: CookieJar, secure: boolean): (CookiePair & { profileId: string })[] {
  return allCookies(jar).flatMap((pair) => {
    const profileId = profileIdOfCookie(pair.name, secure);
    return profileId && pair.value ? [{ ...pair, profileId }] : [];
  });
}

const profileOfSession = new WeakMap<object, string>();

/** Which profile a session returned by getSession() belongs to. */
export function profileIdOf(session: IronSession<SessionData>): string {
  return profileOfSession.get(session) ?? DEFAULT_PROFILE_ID;
}

/**
 * The session a seal holds, or undefined when it does not open (malformed, tampered, expired,
 * another password) or its session id was signed out: all of these read as signed out.
 */
async function openSession(
  seal: string | undefined,
  password: string | Record<string, string>,
): Promise<SessionData | undefined> {
  if (!seal) return undefined;
  const data = await unsealCached<SessionData>(seal, { password });
  if (Object.keys(data).length === 0) return undefined;
  if (data.sid && (await isSessionRevoked(data.sid))) return undefined;
  return data;
}

/** The cookie jar as iron-session sees it, minus one cookie that must read as absent. */
function withoutCookie(jar: CookieJar, name: string): CookieJar {
  return {
    get: (...args: Parameters<CookieJar['get']>) => {
      const [key] = args;
      return (typeof key === 'string' ? key : key.name) === name ? undefined : jar.get(...args);
    },
    set: (...args: Parameters<CookieJar['set']>) => jar.set(...args),
  } as CookieJar;
}

/**
 * The sealed session of the current request — the ACTIVE profile's (docs/profiles.md), so
 * `session.auth` is the active profile's authentication, `saveAuth` stores into it and
 * `session.destroy()` signs that profile out. A malformed, tampered, expired or revoked cookie
 * reads as empty (signed out), never as an error.
 */
export async function getSession(): Promise<IronSession<SessionData>> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const profileId = readActiveProfileId(jar, secure);
  const options = sessionOptions(env().SESSION_PASSWORD, secure, 3600, profileId);
  const seal = jar.get(options.cookieName)?.value;
  const readable = seal ? (await openSession(seal, options.password)) !== undefined : false;
  const session = await getIronSession<SessionData>(
    readable ? jar : withoutCookie(jar, options.cookieName),
    options,
  );
  profileOfSession.set(session, profileId);
  return session;
}

/**
 * The active profile's authentication, read only: for the proxy, which needs it on every call.
 * It unseals through ./unseal-cache.ts, so a session used for a run of calls is unsealed once;
 * anything that changes the session goes through getSession() and saveAuth().
 */
export async function readActiveAuth(): Promise<SessionAuth | undefined> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const options = sessionOptions(env().SESSION_PASSWORD, secure, 3600, readActiveProfileId(jar, secure));
  return (await openSession(jar.get(options.cookieName)?.value, options.password))?.auth;
}

/** Reads one profile cookie as the routes do: undefined unless it opens and was not signed out. */
export async function readSessionCookie(seal: string | undefined): Promise<SessionData | undefined> {
  return openSession(seal, env().SESSION_PASSWORD);
}

/** Seals last at most this long (RENEWING_SESSION_SECONDS): the fallback expiry of a revocation. */
const LONGEST_SEAL_MS = 8 * 3600_000 + 60_000;

/**
 * Revokes the session id a profile cookie carries until that seal's own expiry, so a copy of the
 * cookie reads as signed out everywhere. False when the shared store could not be told.
 */
export async function revokeSessionCookie(seal: string | undefined): Promise<boolean> {
  const data = seal ? await unsealCached<SessionData>(seal, { password: env().SESSION_PASSWORD }) : {};
  if (!data.sid) return true;
  return revokeSessionId(data.sid, sealExpiration(seal!) ?? Date.now() + LONGEST_SEAL_MS);
}

/**
 * Sign out of the active profile: the cookie is cleared and its session id revoked. Returns
 * whether the other instances were told (see revokeSessionCookie).
 */
export async function signOut(session: IronSession<SessionData>): Promise<boolean> {
  const secure = await isSecureRequest();
  const name = profileCookieName(profileIdOf(session), secure);
  const revoked = await revokeSessionCookie((await cookies()).get(name)?.value);
  session.destroy();
  return revoked;
}

/**
 * Stores a fresh authentication in the session's profile, with a cookie lifetime that matches the
 * token's. Refuses (409) when the cookies of all profiles together would outgrow the header budget.
 */
export async function saveAuth(session: IronSession<SessionData>, auth: SessionAuth): Promise<void> {
  const secure = await isSecureRequest();
  const profileId = profileIdOf(session);
  const password = env().SESSION_PASSWORD;
  const ttl = sessionTtlSeconds(auth.expiresAt, Boolean(auth.renew));
  const options = sessionOptions(password, secure, ttl, profileId);
  // One id per sign-in, kept across renewals: what sign-out revokes.
  const sid = session.sid ?? newSessionId();
  const sealed = await sealData({ ...session, auth, sid }, { password, ttl });
  if (sealed.length + options.cookieName.length > MAX_COOKIE_BYTES) {
    throw new ApiError(
      500,
      'SESSION_TOO_LARGE',
      'The token is too large to keep in the session cookie (over 4 KB).',
    );
  }
  const budget = checkCookieBudget(profileCookies(await cookies(), secure), {
    name: options.cookieName,
    value: sealed,
  });
  if (!budget.ok)
    throw new ApiError(409, 'PROFILE_COOKIE_BUDGET', budgetMessage(budget), {
      profiles: budget.otherProfiles + 1,
    });
  session.updateConfig(options);
  session.auth = auth;
  session.sid = sid;
  try {
    await session.save();
  } catch (error) {
    if (error instanceof Error && /too big/i.test(error.message)) {
      throw new ApiError(
        500,
        'SESSION_TOO_LARGE',
        'The token is too large to keep in the session cookie (over 4 KB).',
      );
    }
    throw error;
  }
}
