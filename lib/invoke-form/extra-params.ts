import { OUTBOUND_HEADER_ALLOWLIST } from '@/lib/proxy/headers';

import type { FormSpec } from './types';

/** A header or query parameter the description does not declare, added by the user. */
export interface ExtraParam {
  id: string;
  in: 'header' | 'query';
  name: string;
  value: string;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/;
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

/** Whether a row says anything: blank rows are ignored, not errors. */
export const isFilled = (extra: ExtraParam) => extra.name.trim() !== '' || extra.value.trim() !== '';

/**
 * The problem with one extra parameter, or undefined. Headers go through the proxy's own
 * allowlist (lib/proxy/headers.ts), so the form refuses up front what the proxy would drop:
 * secrets, cookies and hop-by-hop headers are never sent, whoever adds them.
 */
export function checkExtraParam(extra: ExtraParam, spec: FormSpec): string | undefined {
  if (!isFilled(extra)) return undefined;
  const name = extra.name.trim();
  const what = extra.in === 'header' ? 'header' : 'query parameter';
  if (name === '') return `Give the extra ${what} a name.`;
  if (spec.params.some((param) => param.in === extra.in && param.name.toLowerCase() === name.toLowerCase()))
    return `${name} is already a field of this operation: fill it in above.`;
  if (extra.in === 'query') {
    if (name.length > 256) return 'A query parameter name is at most 256 characters.';
    if (extra.value.length > 4096) return `${name}: a query value is at most 4096 characters.`;
    return undefined;
  }
  if (!HEADER_NAME.test(name)) return `${name} is not a valid header name (letters, digits and - only).`;
  const lower = name.toLowerCase();
  if (lower === 'authorization')
    return 'Authorization comes from your session, or from the Authorization field above: it cannot be added here.';
  if (!OUTBOUND_HEADER_ALLOWLIST.has(lower))
    return `The explorer does not forward ${name}: only ${[...OUTBOUND_HEADER_ALLOWLIST].join(', ')} reach Citrix. Secrets, cookies and connection headers are never sent.`;
  if (CONTROL.test(extra.value))
    return `${name}: a header value cannot contain line breaks or control characters.`;
  if (extra.value.length > 8192) return `${name}: a header value is at most 8192 characters.`;
  return undefined;
}

/** The filled-in extras as the request's query and header pairs. */
export function extraPairs(extras: readonly ExtraParam[]): {
  query: [string, string][];
  headers: [string, string][];
} {
  const query: [string, string][] = [];
  const headers: [string, string][] = [];
  for (const extra of extras) {
    if (!isFilled(extra) || extra.name.trim() === '') continue;
    (extra.in === 'query' ? query : headers).push([
      extra.name.trim(),
      extra.in === 'header' ? extra.value.trim() : extra.value,
    ]);
  }
  return { query, headers };
}
