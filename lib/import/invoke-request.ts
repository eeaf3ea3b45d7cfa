import type { HostKind } from '@/lib/citrix/regions';
import type { ImportedInvokeRequestInput, InvokeRequestInput } from '@/lib/schemas/invoke';
import { hostKindFor } from '@/lib/snippets/from-invoke-request';

/**
 * The request form builds catalog-shaped requests; for an imported document the body of
 * `POST /api/invoke` names the mapped target instead of a catalog service: a host kind (the
 * regional gateway, or api.cloud.com when the form's Server says "global") and the base path.
 */
export function toImportedInvokeRequest(
  request: InvokeRequestInput,
  target: { hostKind: HostKind; basePath: string },
): ImportedInvokeRequestInput {
  const { region, method, path, query, headers, body, authorizationOverride } = request;
  const imported: ImportedInvokeRequestInput = {
    kind: 'imported',
    region,
    target: {
      hostKind: hostKindFor(target.hostKind, request.server ?? 'regional') ?? target.hostKind,
      basePath: target.basePath,
    },
    method,
    path,
    query,
    headers,
  };
  if (body !== undefined) imported.body = body;
  if (authorizationOverride !== undefined) imported.authorizationOverride = authorizationOverride;
  return imported;
}
