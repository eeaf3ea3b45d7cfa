'use client';

import { useEffect } from 'react';

import { markRootHydrated } from './hydration-state';

/** Tells components/shell/hydration-state.ts that the root has hydrated (lazy islands report on their own). */
export function HydrationMarker() {
  useEffect(() => markRootHydrated(), []);
  return null;
}
