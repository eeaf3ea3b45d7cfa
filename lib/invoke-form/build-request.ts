import type { RegionId } from '@/lib/citrix/regions';
import type { InvokeRequestInput } from '@/lib/schemas/invoke';

import { extraPairs } from './extra-params';
import type { FormSpec, FormValues } from './types';

export interface BuildContext {
  region: RegionId;
  server: 'regional' | 'global';
}

/**
 * Substitutes `{name}` placeholders with the encoded values. encodeURIComponent keeps a value
 * inside its segment: a `/` or `?` typed into a name can never change which path is called.
 */
export function substitutePath(template: string, values: (name: string) => string): string {
  return template.replace(/\{([^}/]+)\}/g, (_, name: string) => encodeURIComponent(values(name)));
}

/**
 * The body of `POST /api/invoke` for validated form values: path parameters substituted, only
 * filled-in query and header parameters, the body's Content-Type, and a pasted Authorization as
 * `authorizationOverride` (the session's token is added by the server, never by the browser).
 */
export function buildInvokeRequest(
  spec: FormSpec,
  values: FormValues,
  context: BuildContext,
): InvokeRequestInput {
  const value = (key: string) => (values.params[key] ?? '').trim();
  const query: [string, string][] = [];
  const headers: [string, string][] = [];
  for (const param of spec.params) {
    const text = value(param.key);
    if (text === '' || param.in === 'path' || param.role === 'authorization' || !param.forwarded) continue;
    if (param.in === 'query') {
      // An array parameter is sent exploded (`?fields=Id&fields=Name`), OpenAPI's default for query.
      const items =
        param.kind === 'array'
          ? text
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean)
          : [text];
      for (const item of items) query.push([param.name, item]);
    } else {
      headers.push([param.name, text]);
    }
  }
  const extras = extraPairs(values.extra ?? []);
  query.push(...extras.query);
  headers.push(...extras.headers);
  const request: InvokeRequestInput = {
    region: context.region,
    serviceId: spec.serviceId,
    server: context.server,
    method: spec.method,
    path: substitutePath(spec.path, (name) => value(`path:${name}`)),
    query,
    headers,
  };
  if (spec.body && values.body.trim() !== '' && spec.method !== 'GET') {
    request.body = values.body;
    if (!headers.some(([name]) => name.toLowerCase() === 'content-type'))
      headers.push(['Content-Type', spec.body.contentType]);
  }
  if (values.authorization !== undefined && values.authorization.trim() !== '')
    request.authorizationOverride = values.authorization.trim();
  return request;
}
