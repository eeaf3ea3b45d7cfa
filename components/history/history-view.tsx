'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';

import { MethodBadge } from '@/components/explorer/method-badge';
import { RunbookFromHistory } from '@/components/runbooks/runbook-from-history';
import { SupportBundlePanel } from '@/components/support-bundle/support-bundle-panel';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import { MAX_HISTORY_ENTRIES, reopenHref, searchHistory } from '@/lib/history/store';
import { isFailingEntry } from '@/lib/support-bundle/calls';

import { historyDuration, HistoryPath, HistoryStatus, historyTime } from './history-entry-parts';
import { useHistory } from './use-history';

/**
 * The /history page: every call made from this browser, searchable, re-openable, clearable, and
 * selectable for a support bundle.
 */
export function HistoryView({ creatorVersion }: { creatorVersion: string }) {
  const { entries, clear, remove } = useHistory();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => searchHistory(entries, deferred), [entries, deferred]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Only entries that still exist count (a deleted or cleared call leaves the selection).
  const selected = useMemo(() => entries.filter((entry) => picked.has(entry.id)), [entries, picked]);
  const failingShown = useMemo(() => shown.filter(isFailingEntry), [shown]);
  const allShownPicked = shown.length > 0 && shown.every((entry) => picked.has(entry.id));
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const [confirming, setConfirming] = useState(false);
  const searchId = useId();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 basis-64 flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium text-slate-700 dark:text-slate-200">
            Search history
          </label>
          <input
            id={searchId}
            type="search"
            className={inputClass}
            placeholder="Method, path, status, profile, transaction ID, a value you sent…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <Button variant="danger" onClick={() => setConfirming(true)} disabled={entries.length === 0}>
          Clear history
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="history-count">
        {entries.length === 0
          ? 'No calls yet. Calls you send from any operation’s Invoke API form appear here.'
          : `${shown.length} of ${entries.length} call${entries.length === 1 ? '' : 's'} (the newest ${MAX_HISTORY_ENTRIES} are kept in this browser).`}
      </p>
      {entries.length > 0 ? (
        <SupportBundlePanel
          selected={selected}
          failingCount={failingShown.length}
          onSelectFailing={() => setPicked(new Set(failingShown.map((entry) => entry.id)))}
          onClearSelection={() => setPicked(new Set())}
          creatorVersion={creatorVersion}
        />
      ) : null}
      {entries.length > 0 ? <RunbookFromHistory selected={selected} /> : null}
      {shown.length > 0 ? (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Call history, newest first</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wider text-slate-600 dark:bg-slate-900 dark:text-slate-400">
              <tr>
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    className="size-4 align-middle"
                    aria-label="Select every call shown"
                    checked={allShownPicked}
                    onChange={(event) =>
                      setPicked(
                        event.target.checked ? new Set(shown.map((entry) => entry.id)) : new Set<string>(),
                      )
                    }
                  />
                </th>
                <th scope="col" className="px-3 py-2">
                  Time
                </th>
                <th scope="col" className="px-3 py-2">
                  Profile
                </th>
                <th scope="col" className="px-3 py-2">
                  Request
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Duration
                </th>
                <th scope="col" className="px-3 py-2">
                  Transaction ID
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr
                  key={entry.id}
                  data-testid="history-row"
                  className="border-t border-slate-200 align-top dark:border-slate-800"
                >
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      className="size-4 align-middle"
                      aria-label={`Select ${entry.method} ${entry.path} from ${historyTime(entry.at)} for the support bundle`}
                      checked={picked.has(entry.id)}
                      onChange={(event) => toggle(entry.id, event.target.checked)}
                    />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400">
                    {historyTime(entry.at)}
                  </td>
                  <td className="px-3 py-2">
                    {entry.profileName}
                    {entry.pastedToken ? (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">pasted token</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <span className="flex items-start gap-2">
                      <MethodBadge method={entry.method} />
                      <span className="min-w-0">
                        <HistoryPath entry={entry} className="break-all font-mono text-[13px]" />
                        <span className="block text-xs text-slate-600 dark:text-slate-400">
                          {entry.serviceId} · {entry.operationId}
                          {entry.inputs.omitted.length > 0
                            ? ` · not kept: ${entry.inputs.omitted.join(', ')}`
                            : ''}
                        </span>
                      </span>
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    <HistoryStatus entry={entry} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{historyDuration(entry)}</td>
                  <td className="px-3 py-2 font-mono text-xs break-all">{entry.transactionId ?? '—'}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className="flex gap-2">
                      <Link
                        href={reopenHref(entry)}
                        className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
                        aria-label={`Re-open ${entry.method} ${entry.path} from ${historyTime(entry.at)}`}
                      >
                        Re-open
                      </Link>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => remove(entry.id)}
                        aria-label={`Delete ${entry.method} ${entry.path} from history`}
                      >
                        Delete
                      </Button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        width="sm"
        title="Clear the call history?"
        description={`All ${entries.length} calls kept in this browser are deleted. Nothing on the server changes.`}
        confirmLabel="Clear"
        onConfirm={() => {
          clear();
          setConfirming(false);
        }}
      />
    </div>
  );
}
