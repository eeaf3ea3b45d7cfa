import { env } from '@/lib/config/env';
import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { demoClient } from '@/lib/sandbox/sandbox-config';
import { getSession } from '@/lib/session/session';
import { toPublicSession } from '@/lib/session/session-data';

export const dynamic = 'force-dynamic';

/** What the UI may know about the session: who, where, until when. Never the token. */
export async function GET() {
  try {
    const session = await getSession();
    return jsonOk(toPublicSession(session.auth, env().SANDBOX_ENABLED ? demoClient().clientId : undefined));
  } catch (error) {
    return errorResponse(error);
  }
}
