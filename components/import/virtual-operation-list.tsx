'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { inputClass } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import { filterEntries, groupEntriesByTag } from '@/lib/openapi/entry-lists';
import type { ImportedOperationEntry } from '@/lib/openapi/types';
import { countLabel } from '@/lib/text/count-label';

import { importedOperationHref } from './hrefs';
import { MethodChip } from './method-chip';

type Row =
  | { type: 'tag'; tag: string; count: number }
  | { type: 'operation'; entry: ImportedOperationEntry; position: number };

const TAG_ROW = 36;
const OPERATION_ROW = 48;

function toRows(entries: readonly ImportedOperationEntry[]): Row[] {
  const rows: Row[] = [];
  let position = 0;
  for (const group of groupEntriesByTag(entries)) {
    rows.push({ type: 'tag', tag: group.tag, count: group.operations.length });
    for (const entry of group.operations) rows.push({ type: 'operation', entry, position: ++position });
  }
  return rows;
}

interface VirtualOperationListProps {
  operations: readonly ImportedOperationEntry[];
  /** Shown before each path, e.g. the mapped base path `/administrators`. */
  basePath?: string;
  /** Called after the rows for a new list are in the DOM (the import page times itself with it). */
  onRendered?: (count: number) => void;
  /** Height of the scrolling box. */
  heightClass?: string;
}

/**
 * Every operation of an imported document, grouped by tag, with a filter. Only the rows in view
 * are in the DOM (TanStack Virtual), so 561 operations cost what 20 do; each keystroke filters
 * precomputed lower-case haystacks.
 */
export function VirtualOperationList({
  operations,
  basePath = '',
  onRendered,
  heightClass = 'h-[60vh]',
}: VirtualOperationListProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const filtered = useMemo(() => filterEntries(operations, query), [operations, query]);
  const rows = useMemo(() => toRows(filtered), [filtered]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself on scroll
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'tag' ? TAG_ROW : OPERATION_ROW),
    overscan: 8,
    // Before the first measurement (and in tests), render a screenful rather than nothing.
    initialRect: { width: 800, height: 600 },
  });

  useLayoutEffect(() => {
    onRendered?.(operations.length);
  }, [operations, onRendered]);

  const status =
    query.trim() === ''
      ? countLabel(operations.length, 'operation')
      : `${filtered.length} of ${countLabel(operations.length, 'operation')} ${operations.length === 1 ? 'matches' : 'match'}`;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-filter`} className="sr-only">
          Filter operations
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          placeholder="Filter operations"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            scroller.current?.scrollTo({ top: 0 });
          }}
          aria-controls={`${id}-list`}
          className={`${inputClass} max-w-sm`}
        />
        <p role="status" data-testid="operation-count" className="text-sm text-slate-600 dark:text-slate-400">
          {status}
        </p>
      </div>
      <div
        ref={scroller}
        data-testid="imported-operation-list"
        data-count={filtered.length}
        className={`${heightClass} overflow-y-auto rounded-lg border border-slate-200 dark:border-slate-800`}
      >
        <ul
          id={`${id}-list`}
          aria-label="Operations"
          className="relative w-full"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const style = { height: item.size, transform: `translateY(${item.start}px)` };
            if (row.type === 'tag') {
              return (
                <li
                  key={item.key}
                  aria-hidden
                  className="absolute left-0 top-0 flex w-full items-end gap-2 bg-slate-50 px-4 pb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:bg-slate-900/60 dark:text-slate-400"
                  style={style}
                >
                  {row.tag} <span className="font-normal normal-case tracking-normal">({row.count})</span>
                </li>
              );
            }
            const { entry } = row;
            return (
              <li
                key={item.key}
                aria-setsize={filtered.length}
                aria-posinset={row.position}
                className="absolute left-0 top-0 w-full border-t border-slate-100 dark:border-slate-800/70"
                style={style}
              >
                <Link
                  href={importedOperationHref(entry.docId, entry.operationId)}
                  title={`${entry.method} ${basePath}${entry.path}`}
                  className="flex h-full items-center gap-3 px-4 hover:bg-slate-50 dark:hover:bg-slate-900/60"
                >
                  <MethodChip method={entry.method} />
                  <code className="w-2/5 shrink-0 truncate font-mono text-[13px] text-slate-800 dark:text-slate-200">
                    {basePath}
                    {entry.path}
                  </code>
                  <span
                    className={`min-w-0 flex-1 truncate text-sm text-slate-600 dark:text-slate-400 ${entry.deprecated ? 'line-through' : ''}`}
                  >
                    {entry.summary}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        {filtered.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">No operation matches “{query}”.</p>
        ) : null}
      </div>
    </div>
  );
}
