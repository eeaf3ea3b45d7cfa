import { env } from '@/lib/config/env';
import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { demoClient } from '@/lib/sandbox/sandbox-config';
import { readProfiles } from '@/lib/session/profiles';

export const dynamic = 'force-dynamic';

/** Which profile is active, and the public view (never the token) of every profile holding one. */
export async function GET() {
  try {
    return jsonOk(await readProfiles(env().SANDBOX_ENABLED ? demoClient().clientId : undefined));
  } catch (error) {
    return errorResponse(error);
  }
}
