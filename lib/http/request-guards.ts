import type { z } from 'zod';

import { ApiError } from './api-error';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

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
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    const message = first
      ? first.path
        ? `${first.path}: ${first.message}`
        : first.message
      : 'Invalid request.';
    throw new ApiError(400, 'VALIDATION_ERROR', message, { issues });
  }
  return result.data;
}
