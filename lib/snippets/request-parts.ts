import { envRefFor, isSecretHeader } from './secrets';
import { EnvRef, TOKEN_ENV, type SnippetHeader, type SnippetRequest } from './types';

/**
 * The URL with its query encoded exactly as the proxy encodes it (lib/proxy/upstream-url.ts):
 * URLSearchParams, with `%20` for spaces because `+` means a space only to form decoders.
 */
export function urlWithQuery(url: string, query: readonly [string, string][]): string {
  if (query.length === 0) return url;
  const search = new URLSearchParams(query.map(([key, value]) => [key, value]))
    .toString()
    .replace(/\+/g, '%20');
  return `${url}${url.includes('?') ? '&' : '?'}${search}`;
}

/**
 * Every header the snippet sends, in order: Authorization (always from CITRIX_TOKEN, never the
 * real token), then the request's own headers with secret-named ones read from the environment,
 * then Content-Type when a body goes out and no header set it.
 */
/** The whole snippet when it cannot be built: a comment that says why, and does nothing when run. */
export function refusalComment(reason: string, marker: '#' | '//'): string {
  return `${marker} ${reason.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
}

export function snippetHeaders(request: SnippetRequest): SnippetHeader[] {
  const headers: SnippetHeader[] = [];
  if (request.authorization)
    headers.push({ name: 'Authorization', prefix: 'CwsAuth Bearer=', value: new EnvRef(TOKEN_ENV) });
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() === 'authorization') continue;
    headers.push({ name, value: isSecretHeader(name) && value !== '' ? envRefFor(name) : value });
  }
  const hasContentType = headers.some((header) => header.name.toLowerCase() === 'content-type');
  if (request.body && !hasContentType)
    headers.push({ name: 'Content-Type', value: request.body.contentType });
  return headers;
}
