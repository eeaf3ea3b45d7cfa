'use client';

import { Link } from '@/components/ui/link';
import type { RegionId } from '@/lib/citrix/regions';
import { expiryState, formatCountdown } from '@/lib/time/countdown';

import { useNow } from './use-now';
import { useSession } from './use-session';

/**
 * "Not authenticated", or client and customer with a live "expires in mm:ss". The region labels
 * come from the server (the header), so the browser never loads the host table for this badge.
 */
export function AuthStatus({ regionLabels }: { regionLabels: Readonly<Partial<Record<RegionId, string>>> }) {
  const { data: session, isPending } = useSession();
  const now = useNow();
  if (isPending) return <span className="text-sm text-slate-500 dark:text-slate-400">Checking…</span>;
  if (!session?.authenticated || !session.expiresAt) {
    return (
      <span data-testid="auth-status" className="text-sm text-slate-600 dark:text-slate-300">
        Not authenticated
      </span>
    );
  }
  const state = expiryState(session.expiresAt, now);
  const tone =
    state === 'expired'
      ? 'text-red-700 dark:text-red-400'
      : state === 'expiring'
        ? 'text-amber-700 dark:text-amber-300'
        : 'text-emerald-700 dark:text-emerald-400';
  return (
    <Link
      href="/token"
      data-testid="auth-status"
      className="flex flex-col text-xs leading-tight hover:underline lg:text-right"
    >
      {/* The one-row header (lg–xl) shows the countdown only; the rest stays for screen readers. */}
      <span className="sr-only font-medium text-slate-800 max-lg:not-sr-only xl:not-sr-only dark:text-slate-100">
        {session.clientId?.slice(0, 13)}
        {(session.clientId?.length ?? 0) > 13 ? '…' : ''} · {session.customerId}
        {session.region ? ` · ${regionLabels[session.region] ?? session.region}` : ''}
      </span>
      <span className={tone} aria-live="off">
        {state === 'expired' ? 'Token expired' : `expires in ${formatCountdown(session.expiresAt, now)}`}
        {session.renewAutomatically ? ' · renews automatically' : ''}
      </span>
    </Link>
  );
}
