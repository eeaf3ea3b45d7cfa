'use client';

import { useSyncExternalStore } from 'react';

import type { ResolvedTheme, ThemePreference } from '@/lib/theme/theme';
import { setThemePreference, subscribeTheme, themeSnapshot, toggleTheme } from '@/lib/theme/theme-store';

const serverSnapshot = () => 'system:light' as const;

/** The theme preference and what it resolves to now; changes follow the system setting live. */
export function useTheme() {
  const snapshot = useSyncExternalStore(subscribeTheme, themeSnapshot, serverSnapshot);
  const [preference, resolved] = snapshot.split(':') as [ThemePreference, ResolvedTheme];
  return { preference, resolved, setPreference: setThemePreference, toggle: toggleTheme };
}
