'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * This app's origin in the browser, '' during server rendering (so sandbox URLs hydrate without a
 * mismatch and fill in right after).
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => '',
  );
}
