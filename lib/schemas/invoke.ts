import { z } from 'zod';

import { regionIdSchema } from './credentials';

export const INVOKE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const invokeMethodSchema = z.enum(INVOKE_METHODS);

/** An HTTP header name: an RFC 9110 token. */
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/, 'Header names must be HTTP tokens');
/** A header value: visible characters and spaces only (no CR, LF, NUL or other controls). */
const headerValue = z.string().max(8192).regex(/^[\t\x20-\x7e\x80-\uffff]*$/, 'Header values cannot contain control characters');

/**
 * What the browser sends to `POST /api/invoke`. It names a service of the catalog and a path
 * relative to that service: never a host, never an absolute URL (DESIGN §6).
 */
export const invokeRequestSchema = z
  .object({
    region: regionIdSchema,
    serviceId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Unknown service'),
    /** Which host of the service's region entry: the regional gateway (default) or api.cloud.com. */
    server: z.enum(['regional', 'global']).default('regional'),
    method: invokeMethodSchema,
    /** The operation's path template with path parameters already substituted, e.g. `/records`. */
    path: z.string().min(1).max(2048),
    query: z.array(z.tuple([z.string().min(1).max(256), z.string().max(4096)])).max(100).default([]),
    headers: z.array(z.tuple([headerName, headerValue])).max(50).default([]),
    body: z.string().max(1024 * 1024).optional(),
    /** A token pasted into the Authorization field, used instead of the session's. */
    authorizationOverride: headerValue.max(16_384).optional(),
  })
  .strict();
export type InvokeRequest = z.infer<typeof invokeRequestSchema>;
export type InvokeRequestInput = z.input<typeof invokeRequestSchema>;

/** What `POST /api/invoke` answers whenever Citrix (or the sandbox) answered, whatever the status. */
export interface InvokeResult {
  status: number;
  statusText: string;
  /** Filtered response headers (no Set-Cookie, no hop-by-hop). */
  headers: [string, string][];
  contentType: string;
  /** `text` for textual bodies (JSON included), `base64` for binary. */
  bodyEncoding: 'text' | 'base64';
  body: string;
  sizeBytes: number;
  truncated: boolean;
  durationMs: number;
  transactionId?: string;
  /** The URL that was called, for display (the sandbox shows under the app's origin). */
  url: string;
  /** For 3xx: the Location, shown and never followed. */
  location?: string;
  /** For 429/503: the delay Citrix asked for. */
  retryAfterSeconds?: number;
  /** True when the server re-minted the token and retried once after a 401. */
  renewed?: boolean;
}
