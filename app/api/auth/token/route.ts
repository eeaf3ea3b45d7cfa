import { mintSessionAuth, resolveCredentials } from '@/lib/auth/authenticate';
import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';
import { rateLimitIdFromCookies } from '@/lib/rate-limit/client-identity';
import {
  admitTokenRequestShared,
  keepRateLimitId,
  type TokenRequestPass,
} from '@/lib/rate-limit/token-rate-limit';
import { enabledDemoClientId } from '@/lib/sandbox/sandbox-config';
import { asSandboxCaller } from '@/lib/sandbox/token-service';
import { credentialsSchema } from '@/lib/schemas/credentials';
import { getSession, saveAuth, signOut } from '@/lib/session/session';
import { toPublicSession } from '@/lib/session/session-data';

/**
 * Set Authentication → Generate: exchange credentials for a token and keep it in the sealed cookie.
 * The exchange itself writes the log line (lib/auth/token-exchange.ts), renewals included.
 */
export async function POST(request: Request) {
  let pass: TokenRequestPass | undefined;
  try {
    assertSameOrigin(request);
    pass = await admitTokenRequestShared(request);
    const credentials = await parseJsonBody(request, credentialsSchema, 8 * 1024);
    const { input, renew } = resolveCredentials(credentials);
    // The sandbox counts this browser's wrong secrets against this browser only (finding 12).
    const caller = rateLimitIdFromCookies(request.headers.get('cookie')) ?? pass.cookie?.value ?? 'unknown';
    const auth = await asSandboxCaller(caller, () =>
      mintSessionAuth(input, renew, new URL(request.url).origin, request.signal),
    );
    const session = await getSession();
    await saveAuth(session, auth);
    await keepRateLimitId(pass);
    return jsonOk(toPublicSession(auth, enabledDemoClientId()));
  } catch (error) {
    const response = errorResponse(error);
    await keepRateLimitId(pass);
    return response;
  }
}

/**
 * Sign out: forget the token (and any kept secret), and revoke the session id the cookie carried
 * so a copy of it reads as signed out on every instance. `revokedEverywhere` is false when the
 * shared store could not be told (this instance still refuses the copy).
 */
export async function DELETE(request: Request) {
  try {
    assertSameOrigin(request);
    const revokedEverywhere = await signOut(await getSession());
    return jsonOk({ authenticated: false, revokedEverywhere }, { headers: { 'clear-site-data': '"cache"' } });
  } catch (error) {
    return errorResponse(error);
  }
}
