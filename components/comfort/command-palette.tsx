'use client';

import { useRouter } from 'next/navigation';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { operationHref } from '@/components/explorer/hrefs';
import { MethodBadge } from '@/components/explorer/method-badge';
import { rankResults } from '@/components/explorer/rank-results';
import { Dialog } from '@/components/ui/dialog';
import { paletteGroups, type PaletteItem, type PaletteSource } from '@/lib/command-palette/palette';
import { useRegisteredPaletteSources } from '@/lib/command-palette/use-palette-source';
import { isHttpMethod } from '@/lib/http/methods';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { useTheme } from './use-theme';

interface CommandPaletteProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The compact operation index the sidebar search uses. */
  operations: readonly CatalogIndexEntry[];
  onShowShortcuts: () => void;
}

const OPERATIONS_LIMIT = 20;

function useBuiltInSources(
  operations: readonly CatalogIndexEntry[],
  onShowShortcuts: () => void,
): PaletteSource[] {
  const router = useRouter();
  const { openAuthDialog } = useAuthDialog();
  const { resolved, toggle } = useTheme();
  return useMemo(() => {
    const go = (href: string) => () => router.push(href);
    const actions: PaletteSource = {
      id: 'actions',
      group: 'Actions',
      order: 0,
      items: [
        {
          id: 'set-authentication',
          label: 'Set Authentication',
          detail: 'Region, customer ID and API client → bearer token',
          keywords: 'sign in login credentials generate token client secret',
          run: openAuthDialog,
        },
        {
          id: 'token',
          label: 'Go to token page',
          detail: '/token',
          keywords: 'bearer authorization copy expiry',
          run: go('/token'),
        },
        {
          id: 'theme',
          label: 'Toggle theme',
          detail: `Switch to ${resolved === 'dark' ? 'light' : 'dark'} mode`,
          keywords: 'dark light mode colour color appearance',
          run: toggle,
        },
        {
          id: 'history',
          label: 'Go to history',
          detail: '/history',
          keywords: 'recent requests calls',
          run: go('/history'),
        },
        {
          id: 'settings',
          label: 'Open settings',
          detail: '/settings',
          keywords: 'preferences options configuration',
          run: go('/settings'),
        },
        {
          id: 'apis',
          label: 'Go to all APIs',
          detail: '/apis',
          keywords: 'catalog services browse',
          run: go('/apis'),
        },
        { id: 'home', label: 'Go home', detail: '/', keywords: 'getting started start', run: go('/') },
        {
          id: 'shortcuts',
          label: 'Show keyboard shortcuts',
          detail: '?',
          keywords: 'help keys hotkeys',
          run: onShowShortcuts,
        },
      ],
    };
    const operationSource: PaletteSource = {
      id: 'operations',
      group: 'Operations',
      order: 100,
      showWhenEmpty: false,
      items: (query) =>
        rankResults(operations, query, OPERATIONS_LIMIT).results.map((entry) => ({
          id: `${entry.serviceId}/${entry.operationId}`,
          label: entry.summary,
          detail: `${entry.serviceTitle} · ${entry.path}`,
          badge: entry.method,
          run: go(operationHref(entry.serviceId, entry.operationId)),
        })),
    };
    return [actions, operationSource];
  }, [router, openAuthDialog, resolved, toggle, operations, onShowShortcuts]);
}

/**
 * The command palette (Ctrl/Cmd+Shift+P): one box over actions, the catalog's operations and
 * whatever other features register (e.g. connection profiles). A combobox with a grouped
 * listbox: arrows move, Enter runs, Esc closes.
 */
export function CommandPalette({ open, onOpenChange, operations, onShowShortcuts }: CommandPaletteProps) {
  const builtIn = useBuiltInSources(operations, onShowShortcuts);
  const registered = useRegisteredPaletteSources();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const pending = useRef<(() => void) | null>(null);
  const groups = useMemo(
    () => paletteGroups([...builtIn, ...registered], deferred),
    [builtIn, registered, deferred],
  );
  const flat = useMemo(
    () =>
      groups.flatMap((group) => group.items.map((item) => ({ item, key: `${group.source.id}:${item.id}` }))),
    [groups],
  );
  const current = flat[Math.min(active, flat.length - 1)];
  const optionId = (key: string) => `${id}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  useEffect(() => {
    if (current) document.getElementById(optionId(current.key))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from id only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.key]);

  function setOpen(next: boolean) {
    if (!next) {
      setQuery('');
      setActive(0);
    }
    onOpenChange(next);
  }

  function choose(item: PaletteItem | undefined) {
    if (!item) return;
    // Runs once the palette has closed and let go of focus (see onCloseAutoFocus).
    pending.current = item.run;
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (Math.min(index, flat.length - 1) + step + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current?.item);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      width="2xl"
      placement="top"
      hiddenHeading
      dataAttributes={{ 'data-comfort-dialog': true }}
      title="Command palette"
      description="Type to find an operation or an action. Arrow keys move, Enter runs, Escape closes."
      onCloseAutoFocus={(event) => {
        const run = pending.current;
        if (!run) return;
        pending.current = null;
        event.preventDefault();
        run();
      }}
    >
      <div className="border-b border-slate-200 p-3 dark:border-slate-700">
        <input
          type="text"
          role="combobox"
          aria-label="Search operations and actions"
          aria-expanded={flat.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current.key) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search operations and actions…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-500 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 dark:border-slate-600 dark:bg-slate-950 dark:placeholder:text-slate-400"
        />
      </div>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Commands"
        className="min-h-0 flex-1 overflow-y-auto py-1"
      >
        {groups.map((group) => (
          <div key={group.source.id} role="group" aria-label={group.source.group} className="py-1">
            <div
              aria-hidden
              className="px-4 pb-1 pt-2 text-[11px] font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-300"
            >
              {group.source.group}
            </div>
            {group.items.map((item) => {
              const key = `${group.source.id}:${item.id}`;
              const selected = key === current?.key;
              return (
                <div
                  key={key}
                  id={optionId(key)}
                  role="option"
                  aria-selected={selected}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(item)}
                  onMouseMove={() => setActive(flat.findIndex((entry) => entry.key === key))}
                  className="mx-1 flex cursor-pointer items-center gap-3 rounded px-3 py-2 aria-selected:bg-brand-50 dark:aria-selected:bg-sky-500/20"
                >
                  {item.badge && isHttpMethod(item.badge) ? (
                    <MethodBadge method={item.badge} />
                  ) : item.badge ? (
                    <span className="w-14 shrink-0 rounded bg-slate-100 py-0.5 text-center font-mono text-[10px] font-bold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                      {item.badge}
                    </span>
                  ) : null}
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium">{item.label}</span>
                    {item.detail ? (
                      <span className="block truncate font-mono text-[11px] text-slate-600 dark:text-slate-300">
                        {item.detail}
                      </span>
                    ) : null}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p
        role="status"
        className="border-t border-slate-200 px-4 py-2 text-[11px] text-slate-600 dark:border-slate-700 dark:text-slate-300"
      >
        {flat.length === 0
          ? 'Nothing matches.'
          : `${flat.length} ${flat.length === 1 ? 'result' : 'results'} · ↑↓ to move · Enter to run · Esc to close`}
      </p>
    </Dialog>
  );
}
