import { displayUrl, resolveHost, type HostKind } from '@/lib/citrix/regions';
import { OUTBOUND_HEADER_ALLOWLIST } from '@/lib/proxy/headers';
import type { InvokeRequestInput } from '@/lib/schemas/invoke';

import type { SnippetRequest } from './types';

export interface SnippetService {
  hostKind: HostKind;
  basePath: string;
}

/** Which host of the region table a call goes to; mirrors the proxy (lib/proxy/upstream-url.ts). */
export function hostKindFor(hostKind: HostKind, server: 'regional' | 'global'): HostKind | undefined {
  if (server === 'regional') return hostKind;
  return hostKind === 'gateway' || hostKind === 'global' ? 'global' : undefined;
}

/**
 * The snippet for exactly what the proxy would send for this Invoke request: the table's host for
 * the region (the sandbox under this app's origin), the allowlisted headers, the body. Undefined
 * when the service has no host in that region. The token is never part of it.
 */
export function toSnippetRequest(
  request: InvokeRequestInput,
  service: SnippetService,
  appOrigin: string,
  options: { authorization?: boolean } = {},
): SnippetRequest | undefined {
  const kind = hostKindFor(service.hostKind, request.server ?? 'regional');
  const target = kind && resolveHost(request.region, kind);
  if (!target) return undefined;
  const headers = (request.headers ?? []).filter(([name]) =>
    OUTBOUND_HEADER_ALLOWLIST.has(name.toLowerCase()),
  );
  const snippet: SnippetRequest = {
    method: request.method,
    url: displayUrl(target, `${service.basePath.replace(/\/+$/, '')}${request.path}`, appOrigin),
    query: [...(request.query ?? [])],
    headers,
    // The proxy always sends the session's token, but an operation that declares no Authorization
    // (the token endpoint itself) does not need one in a snippet.
    authorization: options.authorization ?? true,
  };
  if (request.body !== undefined && request.body !== '') {
    const contentType =
      headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
    snippet.body = { contentType, text: request.body };
  }
  return snippet;
}
