'use client';

import { lazyIsland } from '@/components/shell/lazy-island';

/** Profile names live in localStorage and token states come from /api/profiles: the browser draws the truth. */
export const LazyProfileSwitcher = lazyIsland(() => import('./profile-switcher').then((module) => module.ProfileSwitcher));
