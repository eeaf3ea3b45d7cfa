'use client';

import { afterUrgentWork } from '@/lib/scheduling/urgent-work';

import { lazyIsland } from './lazy-island';

/**
 * The controls that show what only the browser knows, as lazy islands (see lazy-island.tsx): the
 * server draws their placeholders, and one chunk brings all four right after the page — or, when
 * the person is waiting for something (a file picked on /import before the page was interactive),
 * once that is on screen (lib/scheduling/urgent-work.ts).
 */
const load = () => afterUrgentWork().then(() => import('./browser-state-controls'));

/** The session badge asks /api/auth/session from the browser and polls it while the token renews. */
export const LazySessionControls = lazyIsland(() => load().then((module) => module.SessionControls));

/** Profile names live in localStorage; their token states come from /api/profiles. */
export const LazyProfileSwitcher = lazyIsland(() => load().then((module) => module.ProfileSwitcher));

/** The theme is a browser preference (localStorage, the system setting). */
export const LazyComfortControls = lazyIsland(() => load().then((module) => module.ComfortControls));

/** Imported documents live in this browser's IndexedDB. */
export const LazyImportedList = lazyIsland(() => load().then((module) => module.ImportedList));
