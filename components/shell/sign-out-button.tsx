'use client';

import { useSignOut } from '@/components/auth/use-auth-actions';
import { Button } from '@/components/ui/button';

/** Signs out of the active profile (the others keep their tokens). */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <Button variant="ghost" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </Button>
  );
}
