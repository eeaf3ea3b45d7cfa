'use client';

import { statusTone } from '@/components/explorer/status-tone';
import type { HistoryEntry } from '@/lib/history/store';
import { formatDuration } from '@/lib/invoke-form/format';

/** "200", or "403 · READ_ONLY_DEPLOYMENT" when the explorer itself refused the call. */
export function HistoryStatus({ entry }: { entry: HistoryEntry }) {
  const label = entry.errorCode ? `${entry.status ?? '—'} · ${entry.errorCode}` : String(entry.status ?? '—');
  return (
    <span
      data-testid="history-status"
      className={`inline-block rounded px-1.5 py-0.5 font-mono text-xs font-bold ${statusTone(entry.errorCode ? 'x' : (entry.status ?? 'x'))}`}
    >
      {label}
    </span>
  );
}

export function historyTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

export function historyDuration(entry: HistoryEntry): string {
  return entry.durationMs === undefined ? '—' : formatDuration(entry.durationMs);
}
