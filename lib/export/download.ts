import { API_HEADERS } from '@/lib/http/api-error';

/**
 * A JSON file download. The file name is built from [a-z0-9._-] only, so it needs no escaping in
 * Content-Disposition.
 */
export function jsonAttachment(body: unknown, fileName: string): Response {
  const safe = fileName.replace(/[^a-z0-9._-]/gi, '-');
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status: 200,
    headers: {
      ...API_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${safe}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
