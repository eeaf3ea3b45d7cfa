'use client';

import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

/**
 * Loaded on first opening (it only renders in the browser, after a click): the dialog (Radix, zod
 * validation) is not needed to show a page. React.lazy rather than next/dynamic, which would add
 * its own loader to every page.
 */
const SetAuthenticationDialog = lazy(() =>
  import('./set-authentication-dialog').then((module) => ({ default: module.SetAuthenticationDialog })),
);

interface AuthDialogContextValue {
  /** Opens the Set Authentication dialog (from the header, a "Generate here" link, a 401…) for the active profile. */
  openAuthDialog: () => void;
  /** Opens it to generate a token for a new connection profile. */
  openNewProfileDialog: () => void;
}

function currentFocus(): HTMLElement | null {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused !== document.body ? focused : null;
}

const AuthDialogContext = createContext<AuthDialogContextValue | null>(null);

export function AuthDialogProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [newProfile, setNewProfile] = useState(false);
  // Each opening starts from the chosen profile's saved values (a fresh dialog instance).
  const [opening, setOpening] = useState(0);
  // Radix gives focus back to what had it when the dialog mounted; this dialog loads lazily, so
  // the opener is taken when it is asked for.
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const openAuthDialog = useCallback(() => {
    setOpener(currentFocus());
    setNewProfile(false);
    setOpening((count) => count + 1);
    setOpen(true);
  }, []);
  const openNewProfileDialog = useCallback(() => {
    setOpener(currentFocus());
    setNewProfile(true);
    setOpening((count) => count + 1);
    setOpen(true);
  }, []);
  const value = useMemo(
    () => ({ openAuthDialog, openNewProfileDialog }),
    [openAuthDialog, openNewProfileDialog],
  );
  return (
    <AuthDialogContext.Provider value={value}>
      {children}
      {opening > 0 ? (
        <Suspense fallback={null}>
          <SetAuthenticationDialog
            key={opening}
            open={open}
            onOpenChange={setOpen}
            newProfile={newProfile}
            opener={opener}
          />
        </Suspense>
      ) : null}
    </AuthDialogContext.Provider>
  );
}

export function useAuthDialog(): AuthDialogContextValue {
  const value = useContext(AuthDialogContext);
  if (!value) throw new Error('useAuthDialog must be used inside <AuthDialogProvider>');
  return value;
}
