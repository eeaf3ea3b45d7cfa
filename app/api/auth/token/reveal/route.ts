import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin } from '@/lib/http/request-guards';
import { getSession } from '@/lib/session/session';

/**
 * The token itself, on the user's explicit reveal or copy (manual token generation is a use of
 * the product). A POST, same-origin only, never cached.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const session = await getSession();
    const auth = session.auth;
    if (!auth)
      throw new ApiError(401, 'NOT_AUTHENTICATED', 'There is no token: use Set Authentication first.');
    return jsonOk({ token: auth.token, expiresAt: auth.expiresAt });
  } catch (error) {
    return errorResponse(error);
  }
}
