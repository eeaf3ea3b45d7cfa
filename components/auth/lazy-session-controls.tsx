'use client';

import { lazyIsland } from '@/components/shell/lazy-island';

/**
 * The session badge asks /api/auth/session from the browser (and polls it while the token renews),
 * so its code, and TanStack Query's observers with it, hydrate right after the page.
 */
export const LazySessionControls = lazyIsland(() => import('./session-controls').then((module) => module.SessionControls));
