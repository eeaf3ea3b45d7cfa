import { jsonAttachment } from '@/lib/export/download';
import { fileStem } from '@/lib/export/postman';
import { ApiError, errorResponse } from '@/lib/http/api-error';
import { findService } from '@/lib/services/catalog';

interface Context {
  params: Promise<{ serviceId: string }>;
}

/** "Download OpenAPI document": the built-in service's OpenAPI 3.1 description, as JSON. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const { serviceId } = await params;
    const service = findService(serviceId);
    if (!service)
      throw new ApiError(
        404,
        'UNKNOWN_SERVICE',
        `There is no API "${serviceId.slice(0, 64)}" in the catalog.`,
      );
    return jsonAttachment(service.document, `${fileStem(service.id)}.openapi.json`);
  } catch (error) {
    return errorResponse(error);
  }
}
