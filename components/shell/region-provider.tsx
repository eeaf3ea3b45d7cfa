'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import { DEFAULT_REGION, REGION_IDS, type RegionId } from '@/lib/citrix/region-ids';

const STORAGE_KEY = 'cxapi.region';

interface RegionContextValue {
  region: RegionId;
  setRegion: (region: RegionId) => void;
}

const RegionContext = createContext<RegionContextValue | null>(null);

function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/** The region picked in the header; remembered in this browser (it is not a secret). */
export function RegionProvider({ children }: { children: ReactNode }) {
  const [region, setRegionState] = useState<RegionId>(DEFAULT_REGION);
  useEffect(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once after hydration to avoid a mismatch
    if (isRegionId(stored)) setRegionState(stored);
  }, []);
  const setRegion = useCallback((next: RegionId) => {
    setRegionState(next);
    window.localStorage.setItem(STORAGE_KEY, next);
  }, []);
  const value = useMemo(() => ({ region, setRegion }), [region, setRegion]);
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>;
}

export function useRegion(): RegionContextValue {
  const value = useContext(RegionContext);
  if (!value) throw new Error('useRegion must be used inside <RegionProvider>');
  return value;
}
