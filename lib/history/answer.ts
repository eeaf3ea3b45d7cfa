/**
 * What a history entry keeps of the answer, for a support bundle (lib/support-bundle): the ids
 * Citrix support asks for and Citrix's error, never a successful answer's body. Built by
 * lib/support-bundle/answer.ts, which cleans every value of tokens and secrets before it is kept;
 * read back here by hand (no zod: the history is read on first paint).
 */
export interface HistoryAnswer {
  /** The URL called, without its query (the entry's path keeps the non-secret query). */
  url?: string;
  statusText?: string;
  /** A few response headers worth quoting (Location, Content-Type, Citrix-TransactionId, Retry-After, Date). */
  headers: [string, string][];
  contentType?: string;
  sizeBytes?: number;
  /** The DaaS job the call started or read (a 202's Location, a body's JobId). */
  jobId?: string;
  /** Citrix's error (or the explorer's own refusal): its code and message. */
  error?: { code?: string; message: string; by: 'citrix' | 'explorer' };
  /** A failed call's body, capped and cleaned; a successful answer's body is never kept. */
  body?: string;
}

const MAX_TEXT = 8 * 1024;

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A stored answer, or undefined when it is absent or malformed (the entry itself is kept). */
export function readAnswer(value: unknown): HistoryAnswer | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { url, statusText, headers, contentType, sizeBytes, jobId, error, body } = value as Record<
    string,
    unknown
  >;
  if (url !== undefined && !isText(url, 4096)) return undefined;
  if (statusText !== undefined && !isText(statusText, 256)) return undefined;
  if (
    !Array.isArray(headers) ||
    headers.length > 20 ||
    !headers.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && isText(pair[0], 128) && isText(pair[1], 2048),
    )
  )
    return undefined;
  if (contentType !== undefined && !isText(contentType, 256)) return undefined;
  if (sizeBytes !== undefined && !(typeof sizeBytes === 'number' && Number.isFinite(sizeBytes)))
    return undefined;
  if (jobId !== undefined && !isText(jobId, 128)) return undefined;
  let readError: HistoryAnswer['error'];
  if (error !== undefined) {
    if (typeof error !== 'object' || error === null) return undefined;
    const { code, message, by } = error as Record<string, unknown>;
    if ((code !== undefined && !isText(code, 256)) || !isText(message, 2048)) return undefined;
    if (by !== 'citrix' && by !== 'explorer') return undefined;
    readError = { ...(code !== undefined ? { code } : {}), message, by };
  }
  if (body !== undefined && !isText(body)) return undefined;
  return {
    ...(url !== undefined ? { url } : {}),
    ...(statusText !== undefined ? { statusText } : {}),
    headers: headers as [string, string][],
    ...(contentType !== undefined ? { contentType } : {}),
    ...(sizeBytes !== undefined ? { sizeBytes } : {}),
    ...(jobId !== undefined ? { jobId } : {}),
    ...(readError ? { error: readError } : {}),
    ...(body !== undefined ? { body } : {}),
  };
}
