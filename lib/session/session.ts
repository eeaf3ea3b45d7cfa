import 'server-only';

import { getIronSession, type IronSession } from 'iron-session';
import { cookies, headers } from 'next/headers';

import { env } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';

import type { SessionAuth, SessionData } from './session-data';
import { sessionOptions, sessionTtlSeconds } from './session-options';

async function isSecureRequest(): Promise<boolean> {
  const mode = env().COOKIE_SECURE;
  if (mode !== 'auto') return mode === 'always';
  const proto = (await headers()).get('x-forwarded-proto') ?? '';
  return proto.split(',')[0]!.trim() === 'https';
}

/** The sealed session of the current request; a tampered or expired cookie reads as empty. */
export async function getSession(): Promise<IronSession<SessionData>> {
  const options = sessionOptions(env().SESSION_PASSWORD, await isSecureRequest());
  return getIronSession<SessionData>(await cookies(), options);
}

/** Stores a fresh authentication, with a cookie lifetime that matches the token's. */
export async function saveAuth(session: IronSession<SessionData>, auth: SessionAuth): Promise<void> {
  const secure = await isSecureRequest();
  session.updateConfig(sessionOptions(env().SESSION_PASSWORD, secure, sessionTtlSeconds(auth.expiresAt, Boolean(auth.renew))));
  session.auth = auth;
  try {
    await session.save();
  } catch (error) {
    if (error instanceof Error && /too big/i.test(error.message)) {
      throw new ApiError(500, 'SESSION_TOO_LARGE', 'The token is too large to keep in the session cookie (over 4 KB).');
    }
    throw error;
  }
}
