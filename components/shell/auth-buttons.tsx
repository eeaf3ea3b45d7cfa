'use client';

import { lazy, Suspense, type ComponentType } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useSession } from '@/components/auth/use-session';
import { Button } from '@/components/ui/button';

/** Loaded once a session is held: signing out is the only mutation the header itself needs. */
const SignOutButton = lazy<ComponentType>(() =>
  import('./sign-out-button').then(
    (module) => ({ default: module.SignOutButton }),
    // Not fetched (offline, or a tab left open across a new deployment): no button rather than a broken page.
    () => ({ default: () => null }),
  ),
);

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
