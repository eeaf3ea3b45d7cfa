import { citrixError } from './http';

const MAX_BODY_BYTES = 1024 * 1024;

/** A request's JSON body: undefined when it has none, or the Citrix-shaped refusal (413, 415, 400). */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  // A DELETE may carry a body: DaaS declares one on some (BackupRestore history, GPO templates).
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true, body: undefined };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES)
    return { ok: false, response: citrixError(413, 'common/tooLong', 'Request body too large') };
  if (text.trim() === '') return { ok: true, body: undefined };
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase();
  // What the descriptions declare: application/json, text/json and the +json types.
  if (!/^(application\/(?:[\w.-]+\+)?json|text\/json)\s*(;|$)/.test(contentType)) {
    return {
      ok: false,
      response: citrixError(
        415,
        'common/unsupportedMediaType',
        'Must use application/json; charset=utf-8 media type',
        {
          mediaType: 'application/json; charset=utf-8',
        },
      ),
    };
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: citrixError(400, 'common/invalidJson', 'The request body is not valid JSON'),
    };
  }
}
