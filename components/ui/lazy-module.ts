'use client';

import { useEffect, useState } from 'react';

/**
 * Code loaded on first use and shown on a state update, not by React.lazy under Suspense: React
 * reveals a Suspense boundary's content no sooner than 300 ms after its fallback appeared, so a
 * lazy component showed up to 300 ms after its code had arrived.
 */
export interface LazyModule<T> {
  /** Starts loading (once; again after a failure) and resolves with the export. */
  load(): Promise<T>;
  /** The export, if it has loaded. */
  loaded(): T | undefined;
}

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= load().then(
        (loadedValue) => (value = loadedValue),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}

/**
 * The module's export once `wanted` has been true and it has loaded; `failed` when it could not be
 * fetched (offline, or a tab left open across a new deployment). Undefined on the server and while
 * hydrating, unless it had loaded before.
 */
export function useLazyModule<T>(module: LazyModule<T>, wanted: boolean): { value?: T; failed: boolean } {
  const [value, setValue] = useState(() => module.loaded());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    module.load().then(
      (loadedValue) => live && setValue(() => loadedValue),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  return { value, failed };
}
