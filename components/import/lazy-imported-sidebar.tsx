'use client';

import { lazyIsland } from '@/components/shell/lazy-island';

/** Imported documents live in this browser's IndexedDB: only the browser can list them. */
export const LazyImportedList = lazyIsland(() => import('./imported-sidebar').then((module) => module.ImportedList));
