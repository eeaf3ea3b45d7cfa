'use client';

import { useComfort } from './comfort-provider';
import { CommandIcon, KeyboardIcon } from './icons';
import { ThemeToggle } from './theme-toggle';

const ICON_BUTTON =
  'grid h-8 w-8 place-items-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white';

/**
 * Theme (light / dark / system), "Keyboard shortcuts" and "Command palette": a small cluster that
 * stays in the bottom-left corner of every page. It fits in the site header just as well.
 */
export function HeaderTools({ className = 'fixed bottom-4 left-4 z-30' }: { className?: string }) {
  const { openShortcuts, openPalette } = useComfort();
  return (
    <section
      aria-label="Display and shortcuts"
      className={`flex items-center gap-1 rounded-full border border-slate-200 bg-white/95 p-1 shadow-md backdrop-blur dark:border-slate-700 dark:bg-slate-900/95 ${className}`}
    >
      <ThemeToggle />
      <button type="button" onClick={openShortcuts} aria-keyshortcuts="?" title="Keyboard shortcuts (?)" className={ICON_BUTTON}>
        <KeyboardIcon />
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      <button type="button" onClick={openPalette} aria-keyshortcuts="Control+Shift+P Meta+Shift+P" title="Command palette (Ctrl/⌘+Shift+P)" className={ICON_BUTTON}>
        <CommandIcon />
        <span className="sr-only">Command palette</span>
      </button>
    </section>
  );
}
