'use client';

import { memo, useDeferredValue, useEffect, useMemo } from 'react';

import type { SearchEntry } from '@/components/import/search-entries';
import { useSearchIndexWithImported } from '@/components/import/use-imported';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { MethodBadge } from './method-badge';
import { rankResults } from './rank-results';
import { POPOVER_HEADER, POPOVER_SIDEBAR } from './search-popover';

const LIMIT = 50;

/** The best matches for a query, as the search box's keyboard handling needs them. */
export interface Found {
  query: string;
  results: readonly SearchEntry[];
}

export interface SearchResultsProps {
  index: readonly CatalogIndexEntry[];
  query: string;
  expanded: boolean;
  listboxId: string;
  optionId: (entry: CatalogIndexEntry) => string;
  active: SearchEntry | undefined;
  /** Told the results of each query, so arrows and Enter in the box act on what is shown. */
  onFound: (found: Found) => void;
  onPick: (entry: SearchEntry) => void;
  onHover: (position: number) => void;
  placement?: 'sidebar' | 'header';
}

/**
 * The search box's listbox (loaded on first use by components/explorer/api-search.tsx). Memoised:
 * telling the box what was found re-renders the box, and must not re-render 50 results again.
 */
export const SearchResults = memo(function SearchResults({
  index,
  query,
  expanded,
  listboxId,
  optionId,
  active,
  onFound,
  onPick,
  onHover,
  placement = 'sidebar',
}: SearchResultsProps) {
  // Typing stays instant; filtering follows at the next idle render.
  const deferred = useDeferredValue(query);
  // Imported documents' operations (from this browser's storage) are searched too.
  const searchIndex = useSearchIndexWithImported(index);
  const { results, total } = useMemo(
    () => rankResults(searchIndex, deferred, LIMIT),
    [searchIndex, deferred],
  );
  useEffect(() => onFound({ query: deferred, results }), [deferred, results, onFound]);

  return (
    <div
      hidden={!expanded}
      className={`${placement === 'header' ? POPOVER_HEADER : POPOVER_SIDEBAR} overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900`}
    >
      <ul id={listboxId} role="listbox" aria-label="Search results" className="max-h-96 overflow-y-auto py-1">
        {results.map((entry, position) => (
          <li
            key={optionId(entry)}
            id={optionId(entry)}
            role="option"
            aria-selected={entry === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(entry);
            }}
            onMouseMove={() => onHover(position)}
            title={`${entry.method} ${entry.path}`}
            className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50 dark:aria-selected:bg-brand-600/20"
          >
            {/* Whole names and paths, wrapped: similar operations ("Withdraw a pending invitation",
                "Resend a pending invitation") differ at their ends. */}
            <span className="flex items-start gap-2">
              <MethodBadge method={entry.method} />
              <span className="min-w-0 text-sm font-medium text-slate-800 dark:text-slate-100">
                {entry.summary}
              </span>
            </span>
            <span className="mt-0.5 block break-words font-mono text-[11px] text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">
              {entry.serviceTitle} · {entry.path}
            </span>
          </li>
        ))}
      </ul>
      <p
        role="status"
        className="border-t border-slate-100 px-3 py-1.5 text-[11px] text-slate-500 dark:border-slate-800 dark:text-slate-400"
      >
        {total === 0
          ? 'No operation matches.'
          : total > results.length
            ? `${results.length} of ${total} matches — keep typing to narrow.`
            : `${total} ${total === 1 ? 'match' : 'matches'}`}
      </p>
    </div>
  );
});
