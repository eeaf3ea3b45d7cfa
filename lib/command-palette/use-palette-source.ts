'use client';

import { useEffect, useSyncExternalStore } from 'react';

import {
  noPaletteSources,
  registeredPaletteSources,
  registerPaletteSource,
  subscribePaletteSources,
  type PaletteSource,
} from './palette';

/**
 * Registers a palette source while the calling component is mounted, e.g. in a profiles provider:
 *
 *   const source = useMemo(() => ({ id: 'profiles', group: 'Profiles', items: profiles.map(...) }), [profiles]);
 *   usePaletteSource(source);
 *
 * Memoise the source: a new object re-registers it.
 */
export function usePaletteSource(source: PaletteSource | undefined): void {
  useEffect(() => (source ? registerPaletteSource(source) : undefined), [source]);
}

/** The sources registered by other features, kept up to date. */
export function useRegisteredPaletteSources(): readonly PaletteSource[] {
  return useSyncExternalStore(subscribePaletteSources, registeredPaletteSources, noPaletteSources);
}
