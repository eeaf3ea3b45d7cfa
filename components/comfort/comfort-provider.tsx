'use client';

import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

import { isHelpShortcut, isPaletteShortcut } from '@/lib/keyboard/keys';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

/** Both dialogs load on first opening (in the browser, after a key press or a click): neither is needed to show a page. */
const CommandPalette = lazy(() =>
  import('./command-palette').then((module) => ({ default: module.CommandPalette })),
);
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

interface ComfortContextValue {
  openShortcuts: () => void;
  openPalette: () => void;
}

const ComfortContext = createContext<ComfortContextValue | null>(null);

/** Another modal dialog (e.g. Set Authentication) is open: global shortcuts then stay out of its way. */
function otherDialogOpen(): boolean {
  return document.querySelector('[role="dialog"][data-state="open"]:not([data-comfort-dialog])') !== null;
}

/**
 * The comfort layer: global keyboard shortcuts (`?` for help, Ctrl/Cmd+Shift+P for the command
 * palette), the two dialogs they open, and a context for the buttons that open them too.
 */
export function ComfortProvider({
  operations,
  children,
}: {
  operations: readonly CatalogIndexEntry[];
  children: ReactNode;
}) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  // Mounted from their first opening on (and kept mounted, so closing animates and state is kept).
  const [shortcutsMounted, setShortcutsMounted] = useState(false);
  const [paletteMounted, setPaletteMounted] = useState(false);
  if (shortcutsOpen && !shortcutsMounted) setShortcutsMounted(true);
  if (paletteOpen && !paletteMounted) setPaletteMounted(true);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (isPaletteShortcut(event)) {
        event.preventDefault();
        if (otherDialogOpen()) return;
        setShortcutsOpen(false);
        setPaletteOpen((open) => !open);
      } else if (isHelpShortcut(event) && !otherDialogOpen()) {
        event.preventDefault();
        setPaletteOpen(false);
        setShortcutsOpen(true);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const value = useMemo(() => ({ openShortcuts, openPalette }), [openShortcuts, openPalette]);

  return (
    <ComfortContext.Provider value={value}>
      {children}
      {shortcutsMounted ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
        </Suspense>
      ) : null}
      {paletteMounted ? (
        <Suspense fallback={null}>
          <CommandPalette
            open={paletteOpen}
            onOpenChange={setPaletteOpen}
            operations={operations}
            onShowShortcuts={openShortcuts}
          />
        </Suspense>
      ) : null}
    </ComfortContext.Provider>
  );
}

export function useComfort(): ComfortContextValue {
  const value = useContext(ComfortContext);
  if (!value) throw new Error('useComfort must be used inside <ComfortProvider>');
  return value;
}
