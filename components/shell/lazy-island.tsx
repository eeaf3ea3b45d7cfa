'use client';

import { useEffect, useRef, type ComponentType, type ReactNode } from 'react';

import { lazyModule, useLazyModule } from '@/components/ui/lazy-module';

import { islandWaiting } from './hydration-state';

type IslandProps<P> = P & { placeholder?: ReactNode };

/**
 * A control whose state only the browser knows (localStorage, IndexedDB, a fetch from the
 * browser): the server draws a placeholder of its size, and its code, kept out of the page's first
 * load, renders it in the browser right after hydration (or after what the person is waiting for,
 * see components/shell/browser-state-islands.tsx).
 *
 * Client-rendered rather than hydrated, on purpose: by the time its code arrives, the browser's
 * state (a query another part of the page already fetched, a stored preference) may differ from
 * what the server could draw, and hydrating over a difference is a React error.
 *
 * Loaded with components/ui/lazy-module.ts, not React.lazy under Suspense, whose reveal delay held
 * every island, and the page's `data-hydrated`, 300 ms after hydration.
 */
export function lazyIsland<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<IslandProps<P>> {
  const code = lazyModule(load);
  function LazyIsland(props: IslandProps<P>) {
    // Undefined on the server and while hydrating (no effect has loaded the code yet); a later
    // mount (a client-side navigation) draws the island at once.
    const { value: Island, failed } = useLazyModule(code, true);
    const settled = Island !== undefined || failed;
    const settledAtMount = useRef(settled);
    const finish = useRef<(() => void) | undefined>(undefined);
    useEffect(() => {
      if (settledAtMount.current) return;
      const done = islandWaiting();
      finish.current = done;
      return done;
    }, []);
    // Children's effects run first: when this one runs, the island has rendered (or, its code
    // missing, keeps its placeholder).
    useEffect(() => {
      if (settled) finish.current?.();
    }, [settled]);
    return Island ? <Island {...props} /> : (props.placeholder ?? null);
  }
  return LazyIsland;
}
