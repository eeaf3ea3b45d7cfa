import { ApiError } from '@/lib/http/api-error';

/**
 * A body declared (or defaulted) as JSON must parse: sending broken JSON would only earn a
 * Citrix 400 after a round trip, and the person should hear where it broke before anything leaves.
 * Other content types (form bodies) pass as they are.
 */
export function assertBodyMatchesContentType(
  body: string | undefined,
  headers: readonly (readonly [string, string])[],
): void {
  if (body === undefined) return;
  const contentType =
    headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim())) return;
  try {
    JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new ApiError(400, 'INVALID_JSON_BODY', `The request body is not valid JSON${detail}.`);
  }
}
