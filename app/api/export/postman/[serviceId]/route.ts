import { REGIONS } from '@/lib/citrix/regions';
import { appOriginOf } from '@/lib/config/app-origin';
import { jsonAttachment } from '@/lib/export/download';
import { fileStem, toPostmanCollection } from '@/lib/export/postman';
import { exportRegionSchema } from '@/lib/export/schemas';
import { serviceTarget } from '@/lib/export/targets';
import { ApiError, errorResponse } from '@/lib/http/api-error';
import { describeZodError } from '@/lib/http/validation-message';
import { findService } from '@/lib/services/catalog';

interface Context {
  params: Promise<{ serviceId: string }>;
}

/** "Export to Postman": a built-in service as a Postman collection v2.1, for `?region=` (US by default). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { serviceId } = await params;
    const service = findService(serviceId);
    if (!service)
      throw new ApiError(
        404,
        'UNKNOWN_SERVICE',
        `There is no API "${serviceId.slice(0, 64)}" in the catalog.`,
      );
    const region = exportRegionSchema.safeParse(new URL(request.url).searchParams.get('region') ?? undefined);
    if (!region.success)
      throw new ApiError(400, 'VALIDATION_ERROR', describeZodError(region.error, { root: 'region' }));
    const target = serviceTarget(service, region.data, appOriginOf(request));
    if (!target) {
      throw new ApiError(
        404,
        'NO_HOST_IN_REGION',
        `${service.title} has no host in the ${REGIONS[region.data].label} region; pick another region.`,
      );
    }
    const collection = toPostmanCollection(service.document, target);
    return jsonAttachment(collection, `${fileStem(service.id)}-${region.data}.postman_collection.json`);
  } catch (error) {
    return errorResponse(error);
  }
}
