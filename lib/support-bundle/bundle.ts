import type { HistoryEntry } from '@/lib/history/store';
import { encodeShare, SHARE_FRAGMENT_KEY } from '@/lib/share/codec';

import { callsFromHistory, type BundleCall, type FromHistoryOptions } from './calls';
import { buildHar } from './har';
import { buildSummary } from './summary';
import {
  SYSTEMLOG_PAGE_LIMIT,
  systemLogRecordsUrl,
  systemLogTime,
  systemLogWindow,
  type SystemLogRecords,
  type TimeWindow,
} from './systemlog';

/** A support bundle, ready to save: the HAR's text and what the summary is written from. */
export interface SupportBundle {
  calls: BundleCall[];
  generatedAt: number;
  creatorVersion: string;
  harText: string;
  /** `citrix-support-20261204T174012Z`: the files are `<stem>.har` and `<stem>.md`. */
  fileStem: string;
  window: TimeWindow;
  recordsUrl: string;
  explorerLink: string;
}

export interface BundleOptions extends FromHistoryOptions {
  creatorVersion: string;
  now: number;
}

/** The explorer's SystemLog form, filled in with the window, as a share link (its inputs in the fragment). */
async function systemLogExplorerLink(appOrigin: string, window: TimeWindow): Promise<string> {
  const encoded = await encodeShare({
    v: 1,
    s: 'systemlog',
    o: 'GetRecords',
    p: {
      'query:StartDateTime': window.start,
      'query:EndDateTime': window.end,
      'query:Limit': String(SYSTEMLOG_PAGE_LIMIT),
    },
  });
  return `${appOrigin}/apis/systemlog/GetRecords#${SHARE_FRAGMENT_KEY}=${encoded}`;
}

/** Builds the bundle of the chosen history entries (at least one). */
export async function buildSupportBundle(
  entries: readonly HistoryEntry[],
  options: BundleOptions,
): Promise<SupportBundle> {
  const calls = callsFromHistory(entries, options);
  const window = systemLogWindow(calls);
  if (!window) throw new Error('Select at least one call for the support bundle.');
  return {
    calls,
    generatedAt: options.now,
    creatorVersion: options.creatorVersion,
    harText: `${JSON.stringify(buildHar(calls, options.creatorVersion), null, 2)}\n`,
    fileStem: `citrix-support-${systemLogTime(options.now).replace(/[-:]/g, '')}`,
    window,
    recordsUrl: systemLogRecordsUrl(calls[0]!.region, options.appOrigin, window),
    explorerLink: await systemLogExplorerLink(options.appOrigin, window),
  };
}

/** The bundle's summary, with the SystemLog records when they were fetched. */
export function bundleSummary(bundle: SupportBundle, fetched?: SystemLogRecords): string {
  return buildSummary(bundle.calls, {
    generatedAt: bundle.generatedAt,
    creatorVersion: bundle.creatorVersion,
    systemLog: {
      window: bundle.window,
      recordsUrl: bundle.recordsUrl,
      explorerLink: bundle.explorerLink,
      ...(fetched ? { fetched } : {}),
    },
  });
}
