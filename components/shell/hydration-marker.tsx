'use client';

import { useEffect } from 'react';

/**
 * Marks <html data-hydrated> once React has attached its handlers. End-to-end tests wait for it
 * before the first click, so a slow machine cannot turn "clicked before hydration" into a flake.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
