import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { enabledDemoClientId } from '@/lib/sandbox/sandbox-config';
import { readProfiles } from '@/lib/session/profiles';

export const dynamic = 'force-dynamic';

/** Which profile is active, and the public view (never the token) of every profile holding one. */
export async function GET() {
  try {
    return jsonOk(await readProfiles(enabledDemoClientId()));
  } catch (error) {
    return errorResponse(error);
  }
}
