import type { z } from 'zod';

import { ApiError } from './api-error';
import { describeIssues } from './validation-message';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** How request fields are named in error messages where the field name alone would read oddly. */
const FIELD_LABELS = { path: 'The path' };

/**
 * Refuses cross-site state changes. Browsers send Sec-Fetch-Site; without it (older browsers,
 * scripts) an Origin header must match our host. With neither, the request is refused:
 * same-origin pages always send one of them on a POST.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site) {
    if (site === 'same-origin' || site === 'none') return;
    throw new ApiError(403, 'CROSS_SITE_REQUEST', 'Cross-site requests are not allowed.');
  }
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (origin && host) {
    try {
      if (new URL(origin).host === host) return;
    } catch {
      // fall through to the refusal
    }
  }
  throw new ApiError(403, 'CROSS_SITE_REQUEST', 'Cross-site requests are not allowed (no matching Origin).');
}

/** Reads a JSON body (application/json only, size-capped) and validates it with a zod schema. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<z.output<T>> {
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes)
    throw new ApiError(413, 'BODY_TOO_LARGE', `The request body is over ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new ApiError(413, 'BODY_TOO_LARGE', `The request body is over ${maxBytes} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
  }
  // reportInput lets the message tell a missing field from a wrong one and say how long a value was.
  const result = schema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const issues = describeIssues(result.error, { root: 'The request body', labels: FIELD_LABELS });
    throw new ApiError(400, 'VALIDATION_ERROR', issues[0]?.message ?? 'The request body is not valid.', {
      issues,
    });
  }
  return result.data;
}
