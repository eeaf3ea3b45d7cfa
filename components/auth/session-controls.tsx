'use client';

import { AuthButtons } from '@/components/shell/auth-buttons';
import type { RegionId } from '@/lib/citrix/region-ids';

import { AuthStatus } from './auth-status';

/** The header's session badge with "Set Authentication" and "Sign out". */
export function SessionControls({ regionLabels }: { regionLabels: Readonly<Partial<Record<RegionId, string>>> }) {
  return (
    <>
      <AuthStatus regionLabels={regionLabels} />
      <AuthButtons />
    </>
  );
}
