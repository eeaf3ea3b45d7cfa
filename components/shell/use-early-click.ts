'use client';

import { useEffect, useEffectEvent } from 'react';

import { claimEarlyClick } from '@/lib/early-click/claim-early-click';

/**
 * For a component whose server-rendered element is marked `data-early-click={key}`: calls
 * `onEarlyClick` once it has hydrated if the element was clicked before (lib/early-click/), and
 * from then on leaves its clicks to React.
 */
export function useEarlyClick(key: string, onEarlyClick: () => void): void {
  const onClaimed = useEffectEvent(onEarlyClick);
  useEffect(() => {
    if (claimEarlyClick(key)) onClaimed();
  }, [key]);
}
