import 'server-only';

import { cookies } from 'next/headers';

import {
  isSecureRequest,
  profileCookies,
  readActiveProfileId,
  readSessionCookie,
  revokeSessionCookie,
} from './session';
import { toPublicSession, type ProfilesView, type PublicProfile, type PublicSession } from './session-data';
import {
  activeProfileCookieName,
  baseCookieOptions,
  DEFAULT_PROFILE_ID,
  profileCookieName,
} from './session-options';

/** How long the active-profile pointer lives: it names a profile, it holds nothing secret. */
const ACTIVE_POINTER_SECONDS = 30 * 24 * 3600;

/** The public view of every profile cookie in this request; tampered or expired cookies are left out. */
export async function readProfiles(demoClientId?: string): Promise<ProfilesView> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const profiles: PublicProfile[] = [];
  for (const cookie of profileCookies(jar, secure)) {
    const data = await readSessionCookie(cookie.value);
    if (!data?.auth) continue;
    profiles.push({ ...toPublicSession(data.auth, demoClientId), profileId: cookie.profileId });
  }
  return { activeProfileId: readActiveProfileId(jar, secure), profiles };
}

/** Makes a profile the active one: its cookie (if any) becomes `session.auth` for every route. */
export async function setActiveProfile(profileId: string): Promise<void> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const name = activeProfileCookieName(secure);
  if (profileId === DEFAULT_PROFILE_ID) jar.set(name, '', { ...baseCookieOptions(secure), maxAge: 0 });
  else jar.set(name, profileId, { ...baseCookieOptions(secure), maxAge: ACTIVE_POINTER_SECONDS });
}

/**
 * Forgets a profile's token (and kept secret) and revokes its session id, so copies of the cookie
 * read as signed out too; the default profile becomes active if it was.
 */
export async function deleteProfileToken(profileId: string): Promise<string> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  await revokeSessionCookie(jar.get(profileCookieName(profileId, secure))?.value);
  jar.set(profileCookieName(profileId, secure), '', { ...baseCookieOptions(secure), maxAge: 0 });
  let active = readActiveProfileId(jar, secure);
  if (active === profileId) {
    await setActiveProfile(DEFAULT_PROFILE_ID);
    active = DEFAULT_PROFILE_ID;
  }
  return active;
}

/** One profile's public session, read from its own cookie whatever the active pointer says. */
export async function readProfileSession(profileId: string, demoClientId?: string): Promise<PublicSession> {
  const secure = await isSecureRequest();
  const jar = await cookies();
  const value = jar.get(profileCookieName(profileId, secure))?.value;
  return toPublicSession((await readSessionCookie(value))?.auth, demoClientId);
}
