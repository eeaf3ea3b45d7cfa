import { findRegion } from '@/lib/citrix/regions';
import { isRecord } from '@/lib/json/is-record';
import { parseBody } from '@/lib/troubleshoot/body';

import type { BundleCall } from './calls';

/** The SystemLog records support wants: from 5 minutes before the first call to 5 after the last. */
export const SYSTEMLOG_MARGIN_MS = 5 * 60_000;
/** Records per page: SystemLog's maximum. */
export const SYSTEMLOG_PAGE_LIMIT = 200;

export interface TimeWindow {
  /** `yyyy-MM-ddTHH:mm:ssZ`, UTC: the form SystemLog documents for StartDateTime and EndDateTime. */
  start: string;
  end: string;
}

/** `2026-12-04T17:40:12Z`: whole seconds, as SystemLog's parameters are documented. */
export function systemLogTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The window of the calls, widened by the margin (rounded outwards to whole seconds). */
export function systemLogWindow(calls: readonly BundleCall[]): TimeWindow | undefined {
  if (calls.length === 0) return undefined;
  const first = Math.min(...calls.map((call) => call.startedAt));
  const last = Math.max(...calls.map((call) => call.startedAt + Math.max(0, call.durationMs ?? 0)));
  return {
    start: systemLogTime(Math.floor((first - SYSTEMLOG_MARGIN_MS) / 1000) * 1000),
    end: systemLogTime(Math.ceil((last + SYSTEMLOG_MARGIN_MS) / 1000) * 1000),
  };
}

/** The query of `GET /systemlog/records` for the window (the parameter names of the SystemLog spec). */
export function systemLogQuery(window: TimeWindow, continuationToken?: string): [string, string][] {
  return [
    ['StartDateTime', window.start],
    ['EndDateTime', window.end],
    ['Limit', String(SYSTEMLOG_PAGE_LIMIT)],
    ...(continuationToken ? [['ContinuationToken', continuationToken] as [string, string]] : []),
  ];
}

/** The records URL on the region's API gateway (this app's sandbox for the sandbox region). */
export function systemLogRecordsUrl(region: string, appOrigin: string, window: TimeWindow): string {
  const host = findRegion(region)?.hosts.gateway;
  const origin =
    host?.type === 'remote'
      ? `https://${host.hostname}`
      : `${appOrigin}${host?.type === 'sandbox' ? host.pathPrefix : ''}`;
  return `${origin}/systemlog/records?${new URLSearchParams(systemLogQuery(window)).toString()}`;
}

export interface SystemLogPage {
  ids: string[];
  continuationToken?: string;
}

/** One page of `GET /systemlog/records`: its records' ids and the cursor to the next page. */
export function readSystemLogPage(bodyText: string): SystemLogPage | undefined {
  const body = parseBody(bodyText);
  if (!isRecord(body) || !Array.isArray(body.Items)) return undefined;
  const ids = body.Items.flatMap((item) =>
    isRecord(item) && typeof item.RecordId === 'string' ? [item.RecordId] : [],
  );
  const token =
    typeof body.ContinuationToken === 'string' && body.ContinuationToken !== ''
      ? body.ContinuationToken
      : undefined;
  return { ids, ...(token ? { continuationToken: token } : {}) };
}

/** What was fetched for the summary. */
export interface SystemLogRecords {
  fetchedAt: number;
  ids: string[];
  /** More pages matched than were read. */
  more: boolean;
}
