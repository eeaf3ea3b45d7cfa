import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin } from '@/lib/http/request-guards';
import { describeZodError } from '@/lib/http/validation-message';
import { profileIdSchema } from '@/lib/profiles/schemas';
import { deleteProfileToken } from '@/lib/session/profiles';

/** Deletes a profile's token (and any kept secret); its name lives in the browser and goes there. */
export async function DELETE(request: Request, { params }: { params: Promise<{ profileId: string }> }) {
  try {
    assertSameOrigin(request);
    const parsed = profileIdSchema.safeParse((await params).profileId);
    if (!parsed.success)
      throw new ApiError(400, 'VALIDATION_ERROR', describeZodError(parsed.error, { root: 'The profile id' }));
    const activeProfileId = await deleteProfileToken(parsed.data);
    return jsonOk({ activeProfileId }, { headers: { 'clear-site-data': '"cache"' } });
  } catch (error) {
    return errorResponse(error);
  }
}
