import { z } from 'zod';

import { pathProblem } from '@/lib/citrix/path-rules';
import { HOST_KINDS } from '@/lib/citrix/regions';
import { HTTP_METHODS } from '@/lib/http/methods';

import { regionIdSchema } from './credentials';

export const invokeMethodSchema = z.enum(HTTP_METHODS);

/** An HTTP header name: an RFC 9110 token. */
const headerName = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/, 'Header names must be HTTP tokens');
/** A header value: visible characters and spaces only (no CR, LF, NUL or other controls). */
const headerValue = z
  .string()
  .max(8192)
  .regex(/^[\t\x20-\x7e\x80-\uffff]*$/, 'Header values cannot contain control characters');

/** The parts every invoke request has, whichever way it names its target. */
const invokeCallShape = {
  region: regionIdSchema,
  method: invokeMethodSchema,
  /** The operation's path template with path parameters already substituted, e.g. `/records`. */
  path: z.string().min(1).max(2048),
  query: z
    .array(z.tuple([z.string().min(1).max(256), z.string().max(4096)]))
    .max(100)
    .default([]),
  headers: z
    .array(z.tuple([headerName, headerValue]))
    .max(50)
    .default([]),
  body: z
    .string()
    .max(1024 * 1024)
    .optional(),
  /** A token pasted into the Authorization field, used instead of the session's. */
  authorizationOverride: headerValue.max(16_384).optional(),
};

/**
 * What the browser sends to `POST /api/invoke` for a service of the built-in catalog. It names the
 * service and a path relative to that service: never a host, never an absolute URL (DESIGN §6).
 * `kind` is optional so that every existing caller keeps working unchanged.
 */
export const catalogInvokeRequestSchema = z
  .object({
    kind: z.literal('catalog').optional(),
    serviceId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Unknown service'),
    /** Which host of the service's region entry: the regional gateway (default) or api.cloud.com. */
    server: z.enum(['regional', 'global']).default('regional'),
    ...invokeCallShape,
  })
  .strict();

/** A base path of an imported document's server, e.g. `/administrators`; empty for the host root. */
export const importedBasePathSchema = z
  .string()
  .max(512)
  .refine((value) => value === '' || pathProblem(value) === undefined, {
    error: (issue) => `The base path ${pathProblem(String(issue.input)) ?? 'is not allowed'}`,
  });

/**
 * The "imported" variant: an operation of a document the user imported into their browser. The
 * server has no copy of that document, so the browser names the target as the explorer mapped it
 * from the document's `servers`: a host KIND of the closed region table and a base path, checked
 * with the same path rules as every path (never a URL, never a host name). The region table still
 * decides the origin, so an imported document can never widen what the proxy may reach.
 */
export const importedInvokeRequestSchema = z
  .object({
    kind: z.literal('imported'),
    target: z.strictObject(
      {
        hostKind: z.enum(HOST_KINDS, {
          error: `The Server must be one of the host kinds of the region table (${HOST_KINDS.join(', ')}); the proxy calls no other host.`,
        }),
        basePath: importedBasePathSchema,
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? 'The Server is a host kind and a base path; a host name or a URL is not accepted.'
            : undefined,
      },
    ),
    /**
     * On the sandbox: the SHA-256 of the document as sent to `POST /api/sandbox/documents`, so the
     * sandbox answers from that document's schemas. Never sent to Citrix.
     */
    documentId: z
      .string()
      .regex(/^[a-f0-9]{64}$/, 'The document id is the SHA-256 of the document, in hex')
      .optional(),
    ...invokeCallShape,
  })
  .strict();

/** Everything `POST /api/invoke` accepts: a catalog call (no `kind`, or `catalog`) or an imported one. */
export const invokeRequestSchema = z.discriminatedUnion('kind', [
  catalogInvokeRequestSchema,
  importedInvokeRequestSchema,
]);

/** A call to a catalog service (the form every catalog caller builds). */
export type InvokeRequest = z.infer<typeof catalogInvokeRequestSchema>;
export type InvokeRequestInput = z.input<typeof catalogInvokeRequestSchema>;
/** A call to an operation of an imported document. */
export type ImportedInvokeRequest = z.infer<typeof importedInvokeRequestSchema>;
export type ImportedInvokeRequestInput = z.input<typeof importedInvokeRequestSchema>;
/** Either variant, as the route parses it. */
export type AnyInvokeRequest = z.infer<typeof invokeRequestSchema>;
export type AnyInvokeRequestInput = z.input<typeof invokeRequestSchema>;

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
