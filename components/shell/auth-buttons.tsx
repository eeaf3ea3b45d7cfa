'use client';

import { lazy, Suspense } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useSession } from '@/components/auth/use-session';
import { Button } from '@/components/ui/button';

/** Loaded once a session is held: signing out is the only mutation the header itself needs. */
const SignOutButton = lazy(() => import('./sign-out-button').then((module) => ({ default: module.SignOutButton })));

/** "Set Authentication", and "Sign out" while a token is held. */
export function AuthButtons() {
  const { openAuthDialog } = useAuthDialog();
  const { data: session } = useSession();
  return (
    <>
      <Button onClick={openAuthDialog}>Set Authentication</Button>
      {session?.authenticated ? (
        <Suspense fallback={null}>
          <SignOutButton />
        </Suspense>
      ) : null}
    </>
  );
}
