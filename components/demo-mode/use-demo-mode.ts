'use client';

import { useCallback } from 'react';

import { DEMO_MODE_STORAGE_KEY, demoModeValue, isDemoModeOn } from '@/lib/demo-mode/settings';
import { useLocalStorageValue, writeLocalStorage } from '@/lib/profiles/local-store';

/** Demo mode for this browser: [on, setOn]. */
export function useDemoMode(): [boolean, (on: boolean) => void] {
  const on = isDemoModeOn(useLocalStorageValue(DEMO_MODE_STORAGE_KEY));
  const setOn = useCallback(
    (next: boolean) => writeLocalStorage(DEMO_MODE_STORAGE_KEY, demoModeValue(next)),
    [],
  );
  return [on, setOn];
}
