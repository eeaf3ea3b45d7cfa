import { renewSessionAuth, shouldRenewBeforeCall } from '@/lib/auth/renew';
import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { enabledDemoClientId } from '@/lib/sandbox/sandbox-config';
import { getSession, saveAuth } from '@/lib/session/session';
import { toPublicSession } from '@/lib/session/session-data';

export const dynamic = 'force-dynamic';

/**
 * What the UI may know about the session: who, where, until when. Never the token.
 * A session with "Renew automatically" is re-minted here when its token is about to expire,
 * so the countdown keeps going while the page is open.
 */
export async function GET(request: Request) {
  try {
    const session = await getSession();
    let auth = session.auth;
    if (auth && shouldRenewBeforeCall(auth)) {
      auth = await renewSessionAuth(auth, new URL(request.url).origin).catch(() => auth);
      if (auth && auth !== session.auth) await saveAuth(session, auth);
    }
    return jsonOk(toPublicSession(auth, enabledDemoClientId()));
  } catch (error) {
    return errorResponse(error);
  }
}
