import { isRecord } from '@/lib/json/is-record';
import type { InvokeResult } from '@/lib/schemas/invoke';

export type ODataRow = Record<string, unknown>;

export type ODataAnswer =
  | { kind: 'rows'; rows: ODataRow[]; count?: number; nextLink?: string }
  | { kind: 'error'; status: number; message: string };

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Citrix's own words from an error body: OData's `error.message`, or the platform's `detail`/`message`. */
function citrixExplanation(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const error = body.error;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  for (const key of ['detail', 'message', 'error_description'])
    if (typeof body[key] === 'string' && body[key] !== '') return body[key];
  return undefined;
}

/** What an answer of the Monitor service means for the page: rows to show, or why there are none. */
export function readODataAnswer(result: InvokeResult): ODataAnswer {
  const body = result.bodyEncoding === 'text' ? parse(result.body) : undefined;
  if (result.status >= 200 && result.status < 300) {
    if (!isRecord(body) || !Array.isArray(body.value))
      return { kind: 'error', status: result.status, message: 'The answer is not an OData collection.' };
    return {
      kind: 'rows',
      rows: body.value.filter(isRecord),
      ...(typeof body['@odata.count'] === 'number' ? { count: body['@odata.count'] } : {}),
      ...(typeof body['@odata.nextLink'] === 'string' ? { nextLink: body['@odata.nextLink'] } : {}),
    };
  }
  const explanation = citrixExplanation(body);
  if (result.status === 429) {
    const wait = result.retryAfterSeconds ? ` Try again in ${result.retryAfterSeconds} s.` : '';
    return {
      kind: 'error',
      status: 429,
      message: `Citrix runs one Monitor query at a time per customer and answered 429 (too many requests).${wait}`,
    };
  }
  return {
    kind: 'error',
    status: result.status,
    message: `Citrix answered ${result.status}${explanation ? `: ${explanation}` : ` ${result.statusText}`.trimEnd()}`,
  };
}

/** The query options of an `@odata.nextLink`, to fetch the next page through the proxy. */
export function nextPageQuery(nextLink: string): [string, string][] | undefined {
  try {
    return [...new URL(nextLink, 'https://placeholder.invalid').searchParams];
  } catch {
    return undefined;
  }
}
