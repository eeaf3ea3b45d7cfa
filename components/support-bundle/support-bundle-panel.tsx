'use client';

import { useId, useMemo, useState } from 'react';

import { useSession } from '@/components/auth/use-session';
import { fullHistoryPath } from '@/components/history/service-paths';
import { Button } from '@/components/ui/button';
import type { HistoryEntry } from '@/lib/history/store';
import type { SupportBundle } from '@/lib/support-bundle/bundle';
import type { SystemLogRecords } from '@/lib/support-bundle/systemlog';

import { saveTextFile } from './save-text-file';
import { useSystemLogRecords } from './use-systemlog-records';

interface SupportBundlePanelProps {
  /** The chosen entries, in any order. */
  selected: readonly HistoryEntry[];
  failingCount: number;
  onSelectFailing: () => void;
  onClearSelection: () => void;
  creatorVersion: string;
}

/** The bundle's builders load on first use: the History page itself stays light. */
const loadBundleLib = () => import('@/lib/support-bundle/bundle');

/**
 * The support bundle Citrix support asks for: the chosen calls as a HAR 1.2 file and a readable
 * summary (transaction ids, job ids, times, Citrix's errors), tokens, secrets and cookies removed,
 * with the SystemLog records of their time window linked and, when signed in, fetched.
 */
export function SupportBundlePanel({
  selected,
  failingCount,
  onSelectFailing,
  onClearSelection,
  creatorVersion,
}: SupportBundlePanelProps) {
  const headingId = useId();
  const [built, setBuilt] = useState<
    | { bundle: SupportBundle; summarize: (bundle: SupportBundle, fetched?: SystemLogRecords) => string }
    | undefined
  >();
  const bundle = built?.bundle;
  const [building, setBuilding] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const { data: session } = useSession();
  const records = useSystemLogRecords(session);

  const summary = useMemo(
    () => (built ? built.summarize(built.bundle, records.data) : ''),
    [built, records.data],
  );

  async function exportBundle() {
    setBuilding(true);
    setProblem(undefined);
    records.reset();
    try {
      const lib = await loadBundleLib();
      const next = await lib.buildSupportBundle(selected, {
        fullPath: fullHistoryPath,
        appOrigin: window.location.origin,
        creatorVersion,
        now: Date.now(),
      });
      setBuilt({ bundle: next, summarize: lib.bundleSummary });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The bundle could not be built.');
    } finally {
      setBuilding(false);
    }
  }

  const signedIn = session?.authenticated === true;
  const otherRegion =
    bundle && signedIn && bundle.calls.some((call) => call.region !== session.region)
      ? `You are signed in to the ${session.region} region; some of these calls went to another region.`
      : undefined;

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <div className="space-y-1">
        <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-white">
          Support bundle
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          Citrix support asks for the transaction ID, the job ID and the time of every failing call. Tick the
          calls, then export a HAR file and a readable summary: tokens, secrets and cookies are removed.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={onSelectFailing} disabled={failingCount === 0}>
          Select failing calls ({failingCount})
        </Button>
        <Button variant="ghost" size="sm" onClick={onClearSelection} disabled={selected.length === 0}>
          Clear selection
        </Button>
        <Button onClick={() => void exportBundle()} disabled={selected.length === 0 || building}>
          {building ? 'Building…' : 'Export support bundle'}
        </Button>
        <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="bundle-selected-count">
          {selected.length} selected
        </span>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      {bundle ? (
        <div className="space-y-3" data-testid="support-bundle">
          <p role="status" className="text-sm text-slate-700 dark:text-slate-200">
            Bundle of {bundle.calls.length} call{bundle.calls.length === 1 ? '' : 's'} ready. SystemLog window
            (UTC):{' '}
            <span className="font-mono text-xs">
              <span className="whitespace-nowrap">{bundle.window.start}</span> –{' '}
              <span className="whitespace-nowrap">{bundle.window.end}</span>
            </span>
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              onClick={() => saveTextFile(bundle.harText, `${bundle.fileStem}.har`, 'application/json')}
            >
              Download HAR
            </Button>
            <Button
              variant="secondary"
              onClick={() => saveTextFile(summary, `${bundle.fileStem}.md`, 'text/markdown')}
            >
              Download summary
            </Button>
            {signedIn ? (
              <Button
                variant="secondary"
                onClick={() => records.mutate(bundle.window)}
                disabled={records.isPending}
              >
                {records.isPending ? 'Fetching…' : 'Fetch matching SystemLog records'}
              </Button>
            ) : (
              <span className="text-sm text-slate-600 dark:text-slate-400">
                Sign in to fetch the matching SystemLog records into the summary.
              </span>
            )}
          </div>
          {otherRegion ? <p className="text-sm text-amber-800 dark:text-amber-300">{otherRegion}</p> : null}
          {records.error ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {records.error.message}
            </p>
          ) : null}
          {records.data ? (
            <p
              role="status"
              className="text-sm text-slate-700 dark:text-slate-200"
              data-testid="systemlog-count"
            >
              {records.data.ids.length}
              {records.data.more ? '+' : ''} SystemLog record{records.data.ids.length === 1 ? '' : 's'} in the
              window, added to the summary.
            </p>
          ) : null}
          <details className="rounded-md border border-slate-200 dark:border-slate-800" open>
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Summary preview</summary>
            <pre
              className="max-h-72 overflow-auto whitespace-pre-wrap break-words border-t border-slate-200 p-3 font-mono text-xs dark:border-slate-800"
              data-testid="bundle-summary"
              tabIndex={0}
              aria-label="Support bundle summary"
            >
              {summary}
            </pre>
          </details>
        </div>
      ) : null}
    </section>
  );
}
