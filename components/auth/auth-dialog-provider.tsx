'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import { SetAuthenticationDialog } from './set-authentication-dialog';

interface AuthDialogContextValue {
  /** Opens the Set Authentication dialog (from the header, a "Generate here" link, a 401…). */
  openAuthDialog: () => void;
}

const AuthDialogContext = createContext<AuthDialogContextValue | null>(null);

export function AuthDialogProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const openAuthDialog = useCallback(() => setOpen(true), []);
  const value = useMemo(() => ({ openAuthDialog }), [openAuthDialog]);
  return (
    <AuthDialogContext.Provider value={value}>
      {children}
      <SetAuthenticationDialog open={open} onOpenChange={setOpen} />
    </AuthDialogContext.Provider>
  );
}

export function useAuthDialog(): AuthDialogContextValue {
  const value = useContext(AuthDialogContext);
  if (!value) throw new Error('useAuthDialog must be used inside <AuthDialogProvider>');
  return value;
}
