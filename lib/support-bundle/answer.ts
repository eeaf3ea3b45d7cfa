import type { HistoryAnswer } from '@/lib/history/answer';
import type { InvokeResult } from '@/lib/schemas/invoke';

import { citrixErrorOf } from './citrix-error';
import { jobIdOf } from './job-id';
import { redactBody, redactHeaders, redactText, redactUrl } from './redact';

/** The response headers a bundle quotes; everything else (cookies first) is never kept. */
const KEPT_HEADERS = new Set(['location', 'content-type', 'citrix-transactionid', 'retry-after', 'date']);
/** A failed call's body is kept up to this many characters (the history stays small). */
export const MAX_KEPT_ERROR_BODY = 4 * 1024;

function capped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (cut at ${max} characters)`;
}

/** The URL called, without its query: the entry's path already holds the non-secret query. */
function calledUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return redactUrl(`${parsed.origin}${parsed.pathname}`);
  } catch {
    return undefined;
  }
}

/**
 * What the history keeps of an answer, every value already cleaned: the ids support asks for,
 * Citrix's error, and for a failed call its body (capped); a success's body is never kept.
 */
export function answerOf(result: InvokeResult): HistoryAnswer {
  const textBody = result.bodyEncoding === 'text' ? result.body : undefined;
  const failed = result.status >= 400;
  const headers = redactHeaders(result.headers.filter(([name]) => KEPT_HEADERS.has(name.toLowerCase())));
  const url = calledUrl(result.url);
  const jobId = jobIdOf(result.headers, textBody, url);
  const error = failed ? citrixErrorOf(textBody) : undefined;
  const body = failed && textBody ? redactBody(textBody, result.contentType) : undefined;
  return {
    ...(url ? { url } : {}),
    ...(result.statusText ? { statusText: redactText(capped(result.statusText, 200)) } : {}),
    headers: headers.map(([name, value]) => [name, capped(value, 1024)]),
    ...(result.contentType ? { contentType: capped(result.contentType, 200) } : {}),
    sizeBytes: result.sizeBytes,
    ...(jobId ? { jobId } : {}),
    ...(error
      ? {
          error: {
            ...(error.code ? { code: redactText(capped(error.code, 200)) } : {}),
            message: redactText(capped(error.message, 1024)),
            by: 'citrix' as const,
          },
        }
      : {}),
    ...(body ? { body: capped(body, MAX_KEPT_ERROR_BODY) } : {}),
  };
}

/** What the history keeps when the explorer itself refused or could not make the call. */
export function refusalAnswerOf(code: string, message: string): HistoryAnswer {
  return {
    headers: [],
    error: {
      code: redactText(capped(code, 200)),
      message: redactText(capped(message, 1024)),
      by: 'explorer',
    },
  };
}
