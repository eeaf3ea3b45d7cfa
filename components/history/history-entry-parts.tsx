'use client';

import { statusTone } from '@/components/explorer/status-tone';
import type { HistoryEntry } from '@/lib/history/store';
import { formatDuration } from '@/lib/invoke-form/format';

import { fullHistoryPath } from './service-paths';

/**
 * Citrix's answer ("200"), or the explorer's own refusal, which never reached Citrix or got no
 * answer from it: "Explorer · NOT_AUTHENTICATED", never a bare "401" that reads as Citrix's.
 */
export function HistoryStatus({ entry }: { entry: HistoryEntry }) {
  const refused = Boolean(entry.errorCode);
  const label = refused ? `Explorer · ${entry.errorCode}` : String(entry.status ?? '—');
  const title = refused
    ? `The explorer answered${entry.status ? ` ${entry.status}` : ''} itself (${entry.errorCode}): not Citrix’s answer.`
    : entry.status
      ? `Citrix answered ${entry.status}.`
      : 'No answer.';
  return (
    <span
      data-testid="history-status"
      title={title}
      className={`inline-block rounded px-1.5 py-0.5 font-mono text-xs font-bold ${statusTone(refused ? 'x' : (entry.status ?? 'x'))}`}
    >
      {label}
    </span>
  );
}

/** The whole path called, its service's base path included (`/cvad/manage/Jobs/…`). */
export function HistoryPath({ entry, className }: { entry: HistoryEntry; className?: string }) {
  const path = fullHistoryPath(entry);
  return (
    <code className={className} title={path}>
      {path}
    </code>
  );
}

export function historyTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

export function historyDuration(entry: HistoryEntry): string {
  return entry.durationMs === undefined ? '—' : formatDuration(entry.durationMs);
}
