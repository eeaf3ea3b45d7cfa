import { isRecord } from '@/lib/json/is-record';
import { mergeParameters } from '@/lib/openapi/merge-parameters';
import type { ImportedDocMeta, ImportedOperationDetail, ImportedOperationEntry } from '@/lib/openapi/types';

/** The media types an operation's responses declare, in order. */
function responseMediaTypes(operation: Record<string, unknown>): string[] {
  const responses = isRecord(operation.responses) ? Object.values(operation.responses) : [];
  return responses.flatMap((response) =>
    isRecord(response) && isRecord(response.content) ? Object.keys(response.content) : [],
  );
}

/**
 * Citrix Cloud answers 406 without `Accept: application/json`, and many documents (the Citrix
 * ones included) leave the header out. When an operation declares no Accept parameter, the
 * explorer adds one, visible and editable in the form and present in the snippets.
 */
export function withAcceptParameter(
  parameters: Record<string, unknown>[],
  operation: Record<string, unknown>,
): Record<string, unknown>[] {
  if (
    parameters.some(
      (parameter) => parameter.in === 'header' && String(parameter.name).toLowerCase() === 'accept',
    )
  )
    return parameters;
  const types = responseMediaTypes(operation);
  // Without its parameters: WEM declares `application/json; charset=utf-8`, and Citrix's gateway
  // accepts exactly `application/json`.
  const accept = (types.find((type) => /json/i.test(type)) ?? types[0] ?? 'application/json')
    .split(';')[0]!
    .trim();
  return [
    ...parameters,
    {
      name: 'Accept',
      in: 'header',
      required: false,
      description:
        'Added by the explorer (the document does not declare it): Citrix Cloud answers 406 Not Acceptable without it.',
      schema: { type: 'string', default: accept },
    },
  ];
}

/**
 * Citrix's gateway needs `Citrix-CustomerId` on every call, and some Citrix documents leave it out
 * of some operations (the Administrators document's `/{id}/access`). Unless the operation names
 * the customer in its path instead, the explorer adds the header, filled from the session,
 * visible and removable in the form.
 */
export function withCustomerIdParameter(
  parameters: Record<string, unknown>[],
  template: string,
): Record<string, unknown>[] {
  const declared = parameters.some(
    (parameter) => parameter.in === 'header' && String(parameter.name).toLowerCase() === 'citrix-customerid',
  );
  if (declared || /\{customer(?:id)?\}/i.test(template)) return parameters;
  return [
    ...parameters,
    {
      name: 'Citrix-CustomerId',
      in: 'header',
      required: false,
      description:
        'Added by the explorer (the document does not declare it): Citrix Cloud needs the customer ID on every call.',
      schema: { type: 'string' },
    },
  ];
}

/** One operation of a dereferenced document, found by its index entry (method + path). */
export function operationDetail(
  meta: ImportedDocMeta,
  entry: ImportedOperationEntry,
  dereferenced: Record<string, unknown>,
): ImportedOperationDetail | undefined {
  const paths = isRecord(dereferenced.paths) ? dereferenced.paths : {};
  const item = paths[entry.path];
  if (!isRecord(item)) return undefined;
  const operation = item[entry.method.toLowerCase()];
  if (!isRecord(operation)) return undefined;
  const parameters = withCustomerIdParameter(
    withAcceptParameter(mergeParameters(item.parameters, operation.parameters), operation),
    entry.path,
  );
  return { meta, entry, operation: { ...operation, parameters }, parameters };
}
