import { errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';
import { activateProfileSchema } from '@/lib/profiles/schemas';
import { enabledDemoClientId } from '@/lib/sandbox/sandbox-config';
import { readProfileSession, setActiveProfile } from '@/lib/session/profiles';

/** Switches the active profile: from now on every route uses that profile's token. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const { profileId } = await parseJsonBody(request, activateProfileSchema, 1024);
    await setActiveProfile(profileId);
    const session = await readProfileSession(profileId, enabledDemoClientId());
    return jsonOk({ activeProfileId: profileId, session });
  } catch (error) {
    return errorResponse(error);
  }
}
