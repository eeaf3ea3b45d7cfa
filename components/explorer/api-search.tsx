'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { SearchEntry } from '@/components/import/search-entries';
import { lazyModule, useLazyModule } from '@/components/ui/lazy-module';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { operationHref } from './hrefs';
import { POPOVER_HEADER, POPOVER_SIDEBAR } from './search-popover';
import type { Found, SearchResultsProps } from './search-results';
import { useSearchShortcut } from './use-search-shortcut';

/**
 * The ranking, the imported documents' operations and the result list load on first use (the box
 * is focused or pointed at), not with the page: most pages are read without searching.
 */
const searchResults = lazyModule(() => import('./search-results').then((module) => module.SearchResults));

function SearchUnavailable({ expanded, placement }: Pick<SearchResultsProps, 'expanded' | 'placement'>) {
  return (
    <p
      role="status"
      hidden={!expanded}
      className={`${placement === 'header' ? POPOVER_HEADER : POPOVER_SIDEBAR} rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-600 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300`}
    >
      Search could not load. Reload the page to try again.
    </p>
  );
}

const NOTHING_FOUND: Found = { query: '', results: [] };

/**
 * "Search APIs": a combobox over every operation of the catalog (summary, path, operationId, tag),
 * matched against a precomputed lower-case index. Results are a listbox: arrows move, Enter opens.
 */
export function ApiSearch({
  index,
  placement = 'sidebar',
}: {
  index: readonly CatalogIndexEntry[];
  /**
   * In the sidebar the results drop below the box, as wide as the sidebar; in the header (below
   * `lg`) they span the header's width, whatever the box's.
   */
  placement?: 'sidebar' | 'header';
}) {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // -1: nothing highlighted yet; Enter then opens the best match.
  const [activeIndex, setActiveIndex] = useState(-1);
  const [open, setOpen] = useState(false);
  const [engaged, setEngaged] = useState(false);
  // What the results part last found, and for which query.
  const [found, setFound] = useState<Found>(NOTHING_FOUND);
  // The query Enter was pressed for before its results arrived: the best match opens when they do,
  // unless the person has typed on, pressed Escape or left the box meanwhile.
  const enterPendingFor = useRef<string | undefined>(undefined);
  useSearchShortcut(input);
  const { value: SearchResults, failed: resultsFailed } = useLazyModule(searchResults, engaged);

  const expanded = open && query.trim() !== '';
  const { results } = found;
  const active =
    expanded && activeIndex >= 0 ? results[Math.min(activeIndex, results.length - 1)] : undefined;
  const optionId = useCallback(
    (entry: CatalogIndexEntry) => `${id}-${entry.serviceId}-${entry.operationId}`,
    [id],
  );

  const go = useCallback(
    (entry: SearchEntry | undefined) => {
      if (!entry) return;
      setOpen(false);
      setQuery('');
      router.push(entry.href ?? operationHref(entry.serviceId, entry.operationId));
    },
    [router],
  );

  useEffect(() => {
    const pending = enterPendingFor.current;
    if (pending === undefined || found.query !== pending || query !== pending) return;
    enterPendingFor.current = undefined;
    go(found.results[0]);
  }, [found, query, go]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((current) => {
        if (results.length === 0) return -1;
        if (current < 0) return step === 1 ? 0 : results.length - 1;
        return (Math.min(current, results.length - 1) + step + results.length) % results.length;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && !active && found.query !== query) enterPendingFor.current = query;
      else go(active ?? (expanded ? results[0] : undefined));
    } else if (event.key === 'Escape') {
      enterPendingFor.current = undefined;
      if (query) setQuery('');
      else input.current?.blur();
      setOpen(false);
    }
  }

  return (
    <div className={placement === 'sidebar' ? 'relative' : undefined} onPointerEnter={() => setEngaged(true)}>
      <label htmlFor={`${id}-input`} className="sr-only">
        Search APIs
      </label>
      <div className="relative">
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={expanded}
          aria-controls={expanded ? listboxId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          placeholder="Search APIs"
          value={query}
          onChange={(event) => {
            enterPendingFor.current = undefined;
            setQuery(event.target.value);
            setActiveIndex(-1);
            setOpen(true);
          }}
          onFocus={() => {
            setEngaged(true);
            setOpen(true);
          }}
          onBlur={() => {
            enterPendingFor.current = undefined;
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-slate-300 bg-white py-2 pl-3 pr-9 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 [&::-webkit-search-cancel-button]:hidden"
        />
        <kbd
          aria-hidden
          className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-[10px] text-slate-400 dark:border-slate-700"
        >
          /
        </kbd>
      </div>
      {engaged && SearchResults ? (
        <SearchResults
          index={index}
          query={query}
          expanded={expanded}
          listboxId={listboxId}
          optionId={optionId}
          active={active}
          onFound={setFound}
          onPick={go}
          onHover={setActiveIndex}
          placement={placement}
        />
      ) : engaged && resultsFailed ? (
        <SearchUnavailable expanded={expanded} placement={placement} />
      ) : null}
    </div>
  );
}
