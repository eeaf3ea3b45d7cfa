'use client';

import { lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

import { markIslandRendered, markIslandWaiting } from './hydration-state';

const subscribeNothing = () => () => {};

function IslandRendered() {
  useEffect(() => markIslandRendered(), []);
  return null;
}

/**
 * A control whose state only the browser knows (localStorage, IndexedDB, a fetch from the
 * browser): the server draws a placeholder of its size, and its code, kept out of the page's first
 * load, renders it in the browser right after hydration.
 *
 * Client-rendered rather than hydrated, on purpose: by the time its code arrives, the browser's
 * state (a query another part of the page already fetched, a stored preference) may differ from
 * what the server could draw, and hydrating over a difference is a React error.
 * React.lazy rather than next/dynamic, whose loader would add to every page.
 */
export function lazyIsland<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P & { placeholder?: ReactNode }> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyIsland({ placeholder = null, ...props }: P & { placeholder?: ReactNode }) {
    // false on the server and while hydrating, true from then on.
    const inBrowser = useSyncExternalStore(
      subscribeNothing,
      () => true,
      () => false,
    );
    useEffect(() => markIslandWaiting(), []);
    if (!inBrowser) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Lazy {...(props as P)} />
        <IslandRendered />
      </Suspense>
    );
  }
  return LazyIsland;
}
