'use client';

import { useRouter } from 'next/navigation';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import type { SearchEntry } from '@/components/import/search-entries';
import { useSearchIndexWithImported } from '@/components/import/use-imported';
import type { CatalogIndexEntry } from '@/lib/catalog/catalog-index';

import { operationHref } from './hrefs';
import { MethodBadge } from './method-badge';
import { rankResults } from './rank-results';
import { useSearchShortcut } from './use-search-shortcut';

const LIMIT = 50;

/**
 * "Search APIs": a combobox over every operation of the catalog (summary, path, operationId, tag),
 * matched against a precomputed lower-case index. Results are a listbox: arrows move, Enter opens.
 */
export function ApiSearch({ index }: { index: readonly CatalogIndexEntry[] }) {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // -1: nothing highlighted yet; Enter then opens the best match.
  const [activeIndex, setActiveIndex] = useState(-1);
  const [open, setOpen] = useState(false);
  // Typing stays instant; filtering follows at the next idle render.
  const deferred = useDeferredValue(query);
  // Imported documents' operations (from this browser's storage) are searched too.
  const searchIndex = useSearchIndexWithImported(index);
  const { results, total } = useMemo(() => rankResults(searchIndex, deferred, LIMIT), [searchIndex, deferred]);
  useSearchShortcut(input);

  const expanded = open && query.trim() !== '';
  const active = expanded && activeIndex >= 0 ? results[Math.min(activeIndex, results.length - 1)] : undefined;
  const optionId = (entry: CatalogIndexEntry) => `${id}-${entry.serviceId}-${entry.operationId}`;

  function go(entry: SearchEntry | undefined) {
    if (!entry) return;
    setOpen(false);
    setQuery('');
    router.push(entry.href ?? operationHref(entry.serviceId, entry.operationId));
  }

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
      go(active ?? (expanded ? results[0] : undefined));
    } else if (event.key === 'Escape') {
      if (query) setQuery('');
      else input.current?.blur();
      setOpen(false);
    }
  }

  return (
    <div className="relative">
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
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          placeholder="Search APIs"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-slate-300 bg-white py-2 pl-3 pr-9 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 [&::-webkit-search-cancel-button]:hidden"
        />
        <kbd aria-hidden className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-[10px] text-slate-400 dark:border-slate-700">
          /
        </kbd>
      </div>
      <div hidden={!expanded} className="absolute left-0 top-full z-40 mt-1 w-[min(32rem,calc(100vw-2rem))] overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className="max-h-96 overflow-y-auto py-1">
          {results.map((entry) => (
            <li
              key={optionId(entry)}
              id={optionId(entry)}
              role="option"
              aria-selected={entry === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                go(entry);
              }}
              onMouseMove={() => setActiveIndex(results.indexOf(entry))}
              title={`${entry.method} ${entry.path}`}
              className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50 dark:aria-selected:bg-brand-600/20"
            >
              <span className="flex items-center gap-2">
                <MethodBadge method={entry.method} />
                <span className="truncate text-sm font-medium text-slate-800 dark:text-slate-100">{entry.summary}</span>
              </span>
              <span className="mt-0.5 block truncate pl-16 font-mono text-[11px] text-slate-500 dark:text-slate-400">
                {entry.serviceTitle} · {entry.path}
              </span>
            </li>
          ))}
        </ul>
        <p role="status" className="border-t border-slate-100 px-3 py-1.5 text-[11px] text-slate-500 dark:border-slate-800 dark:text-slate-400">
          {total === 0 ? 'No operation matches.' : total > results.length ? `${results.length} of ${total} matches — keep typing to narrow.` : `${total} ${total === 1 ? 'match' : 'matches'}`}
        </p>
      </div>
    </div>
  );
}
