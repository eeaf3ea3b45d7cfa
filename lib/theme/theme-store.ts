'use client';

import {
  DARK_QUERY,
  isThemePreference,
  resolveTheme,
  THEME_STORAGE_KEY,
  type ResolvedTheme,
  type ThemePreference,
} from './theme';

/**
 * The theme as an external store (for useSyncExternalStore): the preference lives in
 * localStorage, the system setting in matchMedia, and the result on <html class="dark">.
 */

const listeners = new Set<() => void>();

export function readPreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

export function currentTheme(): ResolvedTheme {
  return resolveTheme(readPreference(), systemDark());
}

function apply() {
  const dark = currentTheme() === 'dark';
  document.documentElement.classList.toggle('dark', dark);
}

function notify() {
  apply();
  for (const listener of listeners) listener();
}

export function setThemePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage may be unavailable (private mode): the choice still holds for this page.
  }
  notify();
}

/** Light ↔ dark, from whatever is showing now (an explicit choice afterwards). */
export function toggleTheme(): void {
  setThemePreference(currentTheme() === 'dark' ? 'light' : 'dark');
}

function onStorage(event: StorageEvent) {
  if (event.key === null || event.key === THEME_STORAGE_KEY) notify();
}

let media: MediaQueryList | undefined;

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  media ??= window.matchMedia(DARK_QUERY);
  if (listeners.size === 1) {
    // Where the inline script could not run (a page streamed after an error), set the class now.
    apply();
    media.addEventListener('change', notify);
    window.addEventListener('storage', onStorage);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      media?.removeEventListener('change', notify);
      window.removeEventListener('storage', onStorage);
    }
  };
}

/** `preference:resolved`, a string so that React compares snapshots by value. */
export function themeSnapshot(): `${ThemePreference}:${ResolvedTheme}` {
  return `${readPreference()}:${currentTheme()}`;
}
