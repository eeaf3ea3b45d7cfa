'use client';

import { useMemo } from 'react';

import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import type { HistoryEntry } from '@/lib/history/store';

import { historyDuration, HistoryPath, HistoryStatus, historyTime } from './history-entry-parts';
import { useHistory } from './use-history';

const SHOWN = 5;

/** The invoke panel's compact history: this operation's last calls, each re-openable in place. */
export function RecentCalls({
  serviceId,
  operationId,
  onReopen,
}: {
  serviceId: string;
  operationId: string;
  onReopen: (entry: HistoryEntry) => void;
}) {
  const { entries } = useHistory();
  const mine = useMemo(
    () =>
      entries
        .filter((entry) => entry.serviceId === serviceId && entry.operationId === operationId)
        .slice(0, SHOWN),
    [entries, serviceId, operationId],
  );
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="recent-calls-heading" className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="recent-calls-heading" className="text-base font-semibold text-slate-900 dark:text-white">
          Recent calls
        </h2>
        <Link href="/history" className="text-sm text-brand-700 hover:underline dark:text-brand-300">
          All history
        </Link>
      </div>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {mine.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
            <HistoryStatus entry={entry} />
            <HistoryPath entry={entry} className="min-w-0 flex-1 truncate font-mono text-[12.5px]" />
            <span className="text-xs text-slate-600 dark:text-slate-400">{entry.profileName}</span>
            <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
              {historyDuration(entry)}
            </span>
            <span className="text-xs text-slate-600 dark:text-slate-400">{historyTime(entry.at)}</span>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => onReopen(entry)}
              aria-label={`Fill form from the call at ${historyTime(entry.at)}`}
            >
              Fill form
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
