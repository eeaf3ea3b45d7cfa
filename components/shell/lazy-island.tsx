'use client';

import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';

import { islandWaiting } from './hydration-state';

const subscribeNothing = () => () => {};

type IslandProps<P> = P & { placeholder?: ReactNode };

function IslandRendered({ onRendered }: { onRendered: () => void }) {
  useEffect(onRendered, [onRendered]);
  return null;
}

/** The island's code could not be fetched (offline, or a tab left open across a new deployment). */
function Unavailable({ placeholder = null }: { placeholder?: ReactNode }) {
  return placeholder;
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
export function lazyIsland<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<IslandProps<P>> {
  const Lazy = lazy(() =>
    load().then(
      (component) => ({ default: component as ComponentType<IslandProps<P>> }),
      () => ({ default: Unavailable as ComponentType<IslandProps<P>> }),
    ),
  );
  function LazyIsland(props: IslandProps<P>) {
    // false on the server and while hydrating, true from then on.
    const inBrowser = useSyncExternalStore(
      subscribeNothing,
      () => true,
      () => false,
    );
    const rendered = useRef(false);
    const finish = useRef<(() => void) | undefined>(undefined);
    useEffect(() => {
      const done = islandWaiting();
      finish.current = done;
      // The code may already have been there (a later page), and rendered before this effect ran.
      if (rendered.current) done();
      return done;
    }, []);
    const onRendered = useCallback(() => {
      rendered.current = true;
      finish.current?.();
    }, []);
    if (!inBrowser) return props.placeholder ?? null;
    return (
      <Suspense fallback={props.placeholder ?? null}>
        <Lazy {...props} />
        <IslandRendered onRendered={onRendered} />
      </Suspense>
    );
  }
  return LazyIsland;
}
