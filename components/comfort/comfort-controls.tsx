'use client';

import type { ReactNode } from 'react';

import type { ThemePreference } from '@/lib/theme/theme';

import { useComfort } from './comfort-provider';
import { ThemeToggle } from './theme-toggle';

const ICON_BUTTON =
  'grid h-8 w-8 place-items-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white';

export type ComfortIcons = Record<ThemePreference | 'shortcuts' | 'palette', ReactNode>;

/** The theme radios, "Keyboard shortcuts" and "Command palette"; the icons are drawn by the server. */
export function ComfortControls({ icons }: { icons: ComfortIcons }) {
  const { openShortcuts, openPalette } = useComfort();
  return (
    <>
      <ThemeToggle icons={icons} />
      <button
        type="button"
        onClick={openShortcuts}
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        className={ICON_BUTTON}
      >
        {icons.shortcuts}
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      <button
        type="button"
        onClick={openPalette}
        aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
        title="Command palette (Ctrl/⌘+Shift+P)"
        className={ICON_BUTTON}
      >
        {icons.palette}
        <span className="sr-only">Command palette</span>
      </button>
    </>
  );
}
