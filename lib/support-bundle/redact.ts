import { REDACTED, redactTokens, sanitizeBody } from '@/lib/history/sanitize';
import { safeLogPath } from '@/lib/log/log-fields';
import { isSecretField, isSecretHeader, isSecretQuery } from '@/lib/security/secret-names';

/**
 * What a support bundle may carry: the project's existing rules, applied to everything a bundle
 * holds. Secret names are decided by lib/security/secret-names (the history's and snippets' rule),
 * token-shaped text by the history's redactTokens, token-shaped path segments by the log rule
 * (safeLogPath). No second copy of any of them lives here.
 */
export { REDACTED };

/** Any text: JWTs and `CwsAuth Bearer=` values replaced. */
export function redactText(value: string): string {
  return redactTokens(value);
}

/** Headers whose value is a URL: its query and path get the URL's rules. */
const URL_HEADERS = /^(content-)?location$/i;

/**
 * Headers: the value of an authentication, cookie or secret-named header is replaced; a Location
 * is cleaned as a URL.
 */
export function redactHeaders(headers: ReadonlyArray<readonly [string, string]>): [string, string][] {
  return headers.map(([name, value]) => [
    name,
    isSecretHeader(name) ? REDACTED : URL_HEADERS.test(name) ? redactUrl(value) : redactTokens(value),
  ]);
}

/** A query parameter's value, replaced when its name is a secret's. */
export function redactQueryValue(name: string, value: string): string {
  return isSecretQuery(name) || isSecretField(name) ? REDACTED : redactTokens(value);
}

/**
 * A URL (absolute or a path with its query): secret-named query values and token-shaped path
 * segments replaced, whatever else it holds passed through redactTokens.
 */
export function redactUrl(url: string): string {
  const hashless = url.split('#')[0] ?? '';
  const queryAt = hashless.indexOf('?');
  const before = queryAt < 0 ? hashless : hashless.slice(0, queryAt);
  const search = queryAt < 0 ? '' : hashless.slice(queryAt + 1);
  const originMatch = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(before);
  const origin = originMatch?.[0] ?? '';
  const path = safeLogPath(before.slice(origin.length)) ?? '';
  if (search === '') return redactTokens(`${origin}${path}`);
  const query = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [name, value] of query) kept.append(name, redactQueryValue(name, value));
  return redactTokens(`${origin}${path}?${kept.toString()}`);
}

/** A body: secret fields dropped (JSON, form) or their values replaced (other text), tokens replaced. */
export function redactBody(body: string, contentType: string | undefined): string | undefined {
  return sanitizeBody(body, contentType, []);
}

/**
 * The last sweep over a whole bundle object: every string through redactTokens, every
 * secret-named field's value replaced. Nothing a bundle builds escapes it.
 */
export function redactDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isSecretField(key) ? REDACTED : walk(item);
  return out;
}
