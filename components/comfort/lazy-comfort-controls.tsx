'use client';

import { lazyIsland } from '@/components/shell/lazy-island';

/**
 * The theme is a browser preference (localStorage, the system setting), so the server cannot draw
 * the checked radio anyway: the controls hydrate right after the page.
 */
export const LazyComfortControls = lazyIsland(() => import('./comfort-controls').then((module) => module.ComfortControls));
