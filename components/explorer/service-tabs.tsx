'use client';

import { useSyncExternalStore, type ReactNode } from 'react';

import { Tabs } from './tabs';

const EXPLORATION = 'api-exploration';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * Overview | API Exploration, as on the Citrix portal. The tab lives in the URL hash so that
 * `/apis/<service>#api-exploration` links straight to the operations.
 */
export function ServiceTabs({ overview, exploration }: { overview: ReactNode; exploration: ReactNode }) {
  const selected = useSyncExternalStore(
    subscribe,
    () => (window.location.hash === `#${EXPLORATION}` ? EXPLORATION : 'overview'),
    () => 'overview',
  );
  function onSelect(id: string) {
    const url = id === EXPLORATION ? `#${EXPLORATION}` : window.location.pathname + window.location.search;
    window.history.replaceState(window.history.state, '', url);
    // replaceState fires no event of its own; tell the store.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
  return (
    <Tabs
      label="Service sections"
      selected={selected}
      onSelect={onSelect}
      tabs={[
        { id: 'overview', label: 'Overview', content: overview },
        { id: EXPLORATION, label: 'API Exploration', content: exploration },
      ]}
    />
  );
}
