'use client';

import { useCallback, useMemo } from 'react';

import { readLocalStorage, useLocalStorageValue, writeLocalStorage } from '@/lib/profiles/local-store';
import {
  readSaved,
  removeSaved,
  RUNBOOKS_STORAGE_KEY,
  upsertSaved,
  type SavedRunbook,
} from '@/lib/runbooks/store';

/** The runbooks saved in this browser (Arazzo text only), and how to change them. */
export function useRunbookStorage() {
  const raw = useLocalStorageValue(RUNBOOKS_STORAGE_KEY);
  const saved = useMemo(() => readSaved(raw), [raw]);
  const save = useCallback((runbook: SavedRunbook) => {
    const current = readSaved(readLocalStorage(RUNBOOKS_STORAGE_KEY));
    writeLocalStorage(RUNBOOKS_STORAGE_KEY, JSON.stringify(upsertSaved(current, runbook)));
  }, []);
  const remove = useCallback((id: string) => {
    const current = readSaved(readLocalStorage(RUNBOOKS_STORAGE_KEY));
    writeLocalStorage(RUNBOOKS_STORAGE_KEY, JSON.stringify(removeSaved(current, id)));
  }, []);
  return { saved, loaded: raw !== null || typeof window !== 'undefined', save, remove };
}
