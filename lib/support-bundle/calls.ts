import { findRegion } from '@/lib/citrix/regions';
import type { HistoryEntry } from '@/lib/history/store';
import { reasonPhrase } from '@/lib/invoke-form/status-meaning';

/**
 * One call of a support bundle, as the HAR and the summary read it. Built from a history entry
 * (what it kept of the request, and of the answer when it kept one); never redacted here: the
 * HAR and the summary redact everything they write (./redact.ts).
 */
export interface BundleCall {
  id: string;
  startedAt: number;
  durationMs?: number;
  method: string;
  /** Absolute URL with the query that was sent (its non-secret part). */
  url: string;
  /** Citrix's status; absent when no answer came (a network failure). */
  status?: number;
  statusText?: string;
  /** The explorer's own code when it refused or could not make the call. */
  explorerCode?: string;
  transactionId?: string;
  jobId?: string;
  error?: { code?: string; message: string; by: 'citrix' | 'explorer' };
  region: string;
  profileName: string;
  operation: string;
  requestHeaders: [string, string][];
  requestBody?: string;
  requestContentType?: string;
  responseHeaders: [string, string][];
  responseBody?: string;
  responseContentType?: string;
  responseSize?: number;
  /** What the history left out of the request (secret inputs): the bundle says so. */
  omitted: string[];
}

/** Where an entry that kept no answer went: its region's gateway (or this app's sandbox). */
function fallbackOrigin(entry: HistoryEntry, appOrigin: string): string {
  const host = findRegion(entry.region)?.hosts[entry.server === 'global' ? 'global' : 'gateway'];
  if (host?.type === 'remote') return `https://${host.hostname}`;
  if (host?.type === 'sandbox') return `${appOrigin}${host.pathPrefix}`;
  return appOrigin;
}

function guessContentType(body: string, headers: [string, string][]): string {
  const declared = headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (declared) return declared;
  try {
    JSON.parse(body);
    return 'application/json';
  } catch {
    return /^[\w.%~-]+=[^&]*(&[\w.%~-]+=[^&]*)*$/.test(body.trim())
      ? 'application/x-www-form-urlencoded'
      : 'text/plain';
  }
}

/** Failing: Citrix answered 4xx/5xx, the explorer refused it, or no answer came. */
export function isFailingCall(call: Pick<BundleCall, 'status' | 'explorerCode'>): boolean {
  return call.explorerCode !== undefined || call.status === undefined || call.status >= 400;
}

/** The same rule for a history entry (the History page's "Select failing calls"). */
export function isFailingEntry(entry: Pick<HistoryEntry, 'status' | 'errorCode'>): boolean {
  return isFailingCall({ status: entry.status, explorerCode: entry.errorCode });
}

export interface FromHistoryOptions {
  /** The path as called on the host, the service's base path included (components/history/service-paths). */
  fullPath: (entry: HistoryEntry) => string;
  /** This app's origin, for sandbox entries that kept no answer. */
  appOrigin: string;
}

/** The bundle's calls for the chosen history entries, oldest first (the order they happened). */
export function callsFromHistory(
  entries: readonly HistoryEntry[],
  options: FromHistoryOptions,
): BundleCall[] {
  return [...entries]
    .sort((a, b) => a.at - b.at)
    .map((entry) => {
      const fullPath = options.fullPath(entry);
      const queryAt = fullPath.indexOf('?');
      const search = queryAt < 0 ? '' : fullPath.slice(queryAt);
      const base =
        entry.answer?.url ??
        `${fallbackOrigin(entry, options.appOrigin)}${queryAt < 0 ? fullPath : fullPath.slice(0, queryAt)}`;
      const requestHeaders = Object.entries(entry.inputs.params)
        .filter(([key]) => key.startsWith('header:'))
        .map(([key, value]): [string, string] => [key.slice('header:'.length), value]);
      const answer = entry.answer;
      return {
        id: entry.id,
        startedAt: entry.at,
        ...(entry.durationMs !== undefined ? { durationMs: entry.durationMs } : {}),
        method: entry.method,
        url: `${base}${search}`,
        ...(entry.status !== undefined ? { status: entry.status } : {}),
        // The sandbox and HTTP/2 send no reason phrase: the standard one stands in, as on the Response panel.
        ...(entry.status !== undefined && reasonPhrase(entry.status, answer?.statusText)
          ? { statusText: reasonPhrase(entry.status, answer?.statusText) }
          : {}),
        ...(entry.errorCode ? { explorerCode: entry.errorCode } : {}),
        ...(entry.transactionId ? { transactionId: entry.transactionId } : {}),
        ...(answer?.jobId ? { jobId: answer.jobId } : {}),
        ...(answer?.error
          ? { error: answer.error }
          : entry.errorCode
            ? {
                error: {
                  code: entry.errorCode,
                  message: 'Refused by the explorer before Citrix answered.',
                  by: 'explorer' as const,
                },
              }
            : {}),
        region: entry.region,
        profileName: entry.profileName,
        operation: `${entry.serviceId} · ${entry.operationId}`,
        requestHeaders,
        ...(entry.inputs.body !== undefined
          ? {
              requestBody: entry.inputs.body,
              requestContentType: guessContentType(entry.inputs.body, requestHeaders),
            }
          : {}),
        responseHeaders: answer?.headers ?? [],
        ...(answer?.body !== undefined ? { responseBody: answer.body } : {}),
        ...(answer?.contentType ? { responseContentType: answer.contentType } : {}),
        ...(answer?.sizeBytes !== undefined ? { responseSize: answer.sizeBytes } : {}),
        omitted: entry.inputs.omitted,
      };
    });
}
