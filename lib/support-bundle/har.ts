import type { BundleCall } from './calls';
import type { Har, HarEntry } from './har-schema';
import { redactBody, redactDeep, redactHeaders, redactQueryValue, redactText, redactUrl } from './redact';

export const HAR_CREATOR = 'Citrix Cloud API Explorer';

function queryOf(url: string): { name: string; value: string }[] {
  const at = url.indexOf('?');
  if (at < 0) return [];
  return [...new URLSearchParams(url.slice(at + 1))].map(([name, value]) => ({
    name,
    value: redactQueryValue(name, value),
  }));
}

function pairs(headers: [string, string][]): { name: string; value: string }[] {
  return redactHeaders(headers).map(([name, value]) => ({ name, value }));
}

/** HAR allows custom fields whose names start with `_`: the ids support asks for, on each entry. */
type BundleHarEntry = HarEntry & { _citrixTransactionId?: string; _jobId?: string };

function entryOf(call: BundleCall): BundleHarEntry {
  const time = Math.max(0, Math.round(call.durationMs ?? 0));
  const requestBody =
    call.requestBody !== undefined ? redactBody(call.requestBody, call.requestContentType) : undefined;
  const responseBody =
    call.responseBody !== undefined ? redactBody(call.responseBody, call.responseContentType) : undefined;
  const omitted =
    call.omitted.length > 0 ? `Not kept by the history: ${call.omitted.join(', ')}.` : undefined;
  return {
    startedDateTime: new Date(call.startedAt).toISOString(),
    time,
    request: {
      method: call.method,
      url: redactUrl(call.url),
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(call.requestHeaders),
      queryString: queryOf(call.url),
      ...(requestBody !== undefined
        ? { postData: { mimeType: call.requestContentType ?? 'text/plain', text: requestBody } }
        : {}),
      headersSize: -1,
      bodySize: requestBody !== undefined ? new TextEncoder().encode(requestBody).length : 0,
      ...(omitted ? { comment: omitted } : {}),
    },
    response: {
      status: call.explorerCode ? 0 : (call.status ?? 0),
      statusText: call.explorerCode
        ? `Explorer: ${call.explorerCode}`
        : redactText(call.statusText ?? (call.status === undefined ? 'No answer' : '')),
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(call.responseHeaders),
      content: {
        size: call.responseSize ?? -1,
        mimeType: call.responseContentType ?? 'application/octet-stream',
        ...(responseBody !== undefined
          ? { text: responseBody }
          : { comment: 'The explorer keeps a failed answer’s body only; a successful one is not kept.' }),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: call.responseSize ?? -1,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    comment: `${call.operation} · profile ${call.profileName}`,
    ...(call.transactionId ? { _citrixTransactionId: call.transactionId } : {}),
    ...(call.jobId ? { _jobId: call.jobId } : {}),
  };
}

/**
 * A HAR 1.2 log of the calls: what each request held (never a token, a secret or a cookie) and
 * what each answer kept. Every string goes through the redaction sweep a last time.
 */
export function buildHar(calls: readonly BundleCall[], creatorVersion: string): Har {
  return redactDeep({
    log: {
      version: '1.2' as const,
      creator: { name: HAR_CREATOR, version: creatorVersion },
      entries: calls.map(entryOf),
      comment:
        'Exported from the explorer’s call history. Authorization, cookies, tokens and secret-named fields are removed.',
    },
  });
}
