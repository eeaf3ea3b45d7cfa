'use client';

import { useSyncExternalStore } from 'react';

/**
 * localStorage as a React external store: components re-render when a key changes in this tab
 * (through writeLocalStorage) or in another tab (the browser's `storage` event). Values are
 * cached per key so rendering never re-reads storage.
 */
const CHANGE_EVENT = 'cxapi:local-storage';
const cache = new Map<string, string | null>();

function read(key: string): string | null {
  if (!cache.has(key)) {
    let value: string | null = null;
    try {
      value = window.localStorage.getItem(key);
    } catch {
      value = null;
    }
    cache.set(key, value);
  }
  return cache.get(key) ?? null;
}

function subscribe(callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null) cache.clear();
    else cache.delete(event.key);
    callback();
  };
  const onLocal = () => callback();
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onLocal);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onLocal);
  };
}

/** The raw value of a localStorage key; null on the server and during hydration. */
export function useLocalStorageValue(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
}

/** Writes (or, with null, removes) a key and tells this tab's subscribers. Throws on quota errors. */
export function writeLocalStorage(key: string, value: string | null): void {
  if (value === null) window.localStorage.removeItem(key);
  else window.localStorage.setItem(key, value);
  cache.set(key, value);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Reads a key now (outside rendering). */
export function readLocalStorage(key: string): string | null {
  return read(key);
}
