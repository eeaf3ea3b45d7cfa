import 'server-only';

import { getIronSession, sealData, type IronSession } from 'iron-session';
import { cookies, headers } from 'next/headers';

import { env } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';

import { budgetMessage, checkCookieBudget, type CookiePair } from './cookie-budget';
import type { SessionAuth, SessionData } from './session-data';
import {
  activeProfileCookieName,
  DEFAULT_PROFILE_ID,
  isProfileId,
  MAX_COOKIE_BYTES,
  profileIdOfCookie,
  sessionOptions,
  sessionTtlSeconds,
} from './session-options';
import { unsealCached } from './unseal-cache';

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
 * The sealed session of the current request — the ACTIVE profile's (docs/profiles.md), so
 * `session.auth` is the active profile's authentication, `saveAuth` stores into it and
 * `session.destroy()` signs that profile out. A tampered or expired cookie reads as empty.
 */
export async function getSession(): Promise<IronSession<SessionData>> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const profileId = readActiveProfileId(jar, secure);
  const session = await getIronSession<SessionData>(
    jar,
    sessionOptions(env().SESSION_PASSWORD, secure, 3600, profileId),
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
  const seal = jar.get(options.cookieName)?.value;
  if (!seal) return undefined;
  const data = await unsealCached<SessionData>(seal, { password: options.password, ttl: options.ttl });
  return data.auth;
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
  const sealed = await sealData({ ...session, auth }, { password, ttl });
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
