import { isRecord } from '@/lib/json/is-record';

import type { FormSpec } from './types';

/** Body fields Citrix APIs put the next page's token in (PascalCase on DaaS and SystemLog). */
const TOKEN_FIELDS = ['ContinuationToken', 'continuationToken', 'requestContinuation'];
/** Query parameters that take the token back, by the service's paging style. */
const TOKEN_PARAMS = ['continuationtoken', 'requestcontinuation'];

/**
 * The form values that fetch the next page of a list, read from the page just received, or
 * undefined on the last page (token null or absent) or when the operation takes no token.
 * Handles Citrix's continuation tokens and OData's `@odata.nextLink` (its query is copied into
 * the parameters the form has, e.g. `$skip`).
 */
export function nextPageParams(spec: FormSpec, body: unknown): Record<string, string> | undefined {
  if (!isRecord(body)) return undefined;
  const queryParams = spec.params.filter((param) => param.in === 'query');
  const token = TOKEN_FIELDS.map((field) => body[field]).find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  if (token !== undefined) {
    const param = queryParams.find((candidate) => TOKEN_PARAMS.includes(candidate.name.toLowerCase()));
    return param ? { [param.key]: token } : undefined;
  }
  const nextLink = body['@odata.nextLink'];
  if (typeof nextLink !== 'string') return undefined;
  let search: URLSearchParams;
  try {
    search = new URL(nextLink, 'https://placeholder.invalid').searchParams;
  } catch {
    return undefined;
  }
  const updates: Record<string, string> = {};
  for (const [name, value] of search) {
    const param = queryParams.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (param) updates[param.key] = value;
  }
  return Object.keys(updates).length > 0 ? updates : undefined;
}

/** What "Next page" sends, in the paging style of the page just received. */
export function nextPageHint(body: unknown): string {
  if (isRecord(body) && typeof body['@odata.nextLink'] === 'string' && !TOKEN_FIELDS.some((f) => f in body))
    return 'Sends the same request with the query of this page’s @odata.nextLink (its $skip).';
  return 'Sends the same request with the continuation token from this page.';
}
