'use client';

import { Button } from '@/components/ui/button';
import type { RegionId } from '@/lib/citrix/regions';

import { useAuthDialog } from './auth-dialog-provider';
import { AuthStatus } from './auth-status';
import { useSignOut } from './use-auth-actions';
import { useSession } from './use-session';

/**
 * The header's session badge with "Set Authentication", and "Sign out" while a token is held
 * (a lazy island: components/shell/browser-state-islands.tsx).
 */
export function SessionControls({
  regionLabels,
}: {
  regionLabels: Readonly<Partial<Record<RegionId, string>>>;
}) {
  const { openAuthDialog } = useAuthDialog();
  const { data: session } = useSession();
  const signOut = useSignOut();
  return (
    <>
      <AuthStatus regionLabels={regionLabels} />
      <Button onClick={openAuthDialog}>Set Authentication</Button>
      {session?.authenticated ? (
        <Button variant="ghost" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </Button>
      ) : null}
    </>
  );
}
