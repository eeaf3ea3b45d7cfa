import { decodeTokenClaims } from '@/lib/auth/decode-claims';
import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { getSession } from '@/lib/session/session';

export const dynamic = 'force-dynamic';

/** The current token's decoded header and claims (no signature, so it cannot be replayed). */
export async function GET() {
  try {
    const session = await getSession();
    if (!session.auth)
      throw new ApiError(401, 'NOT_AUTHENTICATED', 'There is no token: use Set Authentication first.');
    return jsonOk({ decoded: decodeTokenClaims(session.auth.token) ?? null });
  } catch (error) {
    return errorResponse(error);
  }
}
