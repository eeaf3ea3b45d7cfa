import { retryDelaySeconds } from '@/lib/citrix/token-response';
import type { InvokeResult } from '@/lib/schemas/invoke';
import type { UpstreamResponse } from '@/lib/upstream/types';

import { filterResponseHeaders } from './headers';

/** Media types whose bodies are text; everything else travels as base64 bytes. */
function isTextual(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('text/')) return true;
  if (/\+(json|xml)$/.test(type)) return true;
  return [
    'application/json',
    'application/xml',
    'application/javascript',
    'application/ecmascript',
    'application/x-www-form-urlencoded',
    'application/yaml',
    'application/x-yaml',
    'application/graphql',
  ].includes(type);
}

/**
 * The body as UTF-8 text when it is text, else undefined. A cut body may end inside a multi-byte
 * character: up to three trailing bytes are dropped before giving up on text.
 */
function decodeText(body: Uint8Array, truncated: boolean): string | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const attempts = truncated ? 4 : 1;
  for (let drop = 0; drop < attempts && drop <= body.byteLength; drop++) {
    try {
      return decoder.decode(body.subarray(0, body.byteLength - drop));
    } catch {
      // try one byte shorter
    }
  }
  return undefined;
}

function transactionIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  return headers['citrix-transactionid'] ?? headers['x-cws-transactionid'] ?? headers['cc-transactionid'];
}

/** Parsed only to find a `retryDelay` parameter; the body itself always goes back untouched. */
function jsonOrUndefined(text: string | undefined): unknown {
  if (text === undefined || text.length > 64 * 1024) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Shapes what Citrix (or the sandbox) answered into the envelope the browser gets, whatever the
 * status. Textual bodies (JSON included) are passed as text and never parsed for display here;
 * anything else, or text that is not valid UTF-8, travels as base64 so no byte is lost.
 */
export function toInvokeResult(response: UpstreamResponse, renewed: boolean): InvokeResult {
  const contentType = response.headers['content-type'] ?? '';
  const textual = contentType === '' || isTextual(contentType);
  let text = textual ? decodeText(response.body, response.truncated) : undefined;
  // Without a declared type, bytes that decode but carry control characters are binary after all.
  if (contentType === '' && text !== undefined && /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(text)) text = undefined;
  const result: InvokeResult = {
    status: response.status,
    statusText: response.statusText,
    headers: filterResponseHeaders(response.headers),
    contentType,
    bodyEncoding: text === undefined ? 'base64' : 'text',
    body: text ?? Buffer.from(response.body).toString('base64'),
    sizeBytes: response.body.byteLength,
    truncated: response.truncated,
    durationMs: response.durationMs,
    url: response.url,
  };
  const transactionId = transactionIdOf(response.headers);
  if (transactionId) result.transactionId = transactionId;
  if (response.status >= 300 && response.status < 400 && response.headers.location) {
    result.location = response.headers.location;
  }
  if (response.status === 429 || response.status === 503) {
    const seconds = retryDelaySeconds(jsonOrUndefined(text), response.headers['retry-after']);
    if (seconds !== undefined) result.retryAfterSeconds = seconds;
  }
  if (renewed) result.renewed = true;
  return result;
}
