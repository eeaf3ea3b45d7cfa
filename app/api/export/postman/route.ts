import { appOriginOf } from '@/lib/config/app-origin';
import { jsonAttachment } from '@/lib/export/download';
import { fileStem, toPostmanCollection } from '@/lib/export/postman';
import { MAX_EXPORT_DOCUMENT_BYTES, postmanExportRequestSchema } from '@/lib/export/schemas';
import { documentTarget } from '@/lib/export/targets';
import { errorResponse } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';

/**
 * "Export to Postman" for an imported API description: the browser posts `{document, region?,
 * title?}` (JSON, at most 8 MB, same origin) and gets the collection back as a download. The
 * conversion is pure: no `$ref` outside the document is followed, nothing is fetched or stored.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const { document, region, title } = await parseJsonBody(
      request,
      postmanExportRequestSchema,
      MAX_EXPORT_DOCUMENT_BYTES,
    );
    const target = documentTarget(document, region, appOriginOf(request), title);
    const collection = toPostmanCollection(document, target);
    return jsonAttachment(collection, `${fileStem(title ?? collection.info.name)}.postman_collection.json`);
  } catch (error) {
    return errorResponse(error);
  }
}
