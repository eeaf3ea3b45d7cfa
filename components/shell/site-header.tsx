'use client';

import Link from 'next/link';

import { AuthStatus } from '@/components/auth/auth-status';
import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useSession } from '@/components/auth/use-session';
import { useSignOut } from '@/components/auth/use-auth-actions';
import { ProfileSwitcher } from '@/components/profiles/profile-switcher';
import { Button } from '@/components/ui/button';

import { RegionPicker } from './region-picker';

export function SiteHeader() {
  const { openAuthDialog } = useAuthDialog();
  const { data: session } = useSession();
  const signOut = useSignOut();
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-4 border-b border-slate-200 bg-white/95 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <Link href="/" className="flex shrink-0 items-center gap-2 whitespace-nowrap font-semibold text-slate-900 dark:text-white">
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-brand-600 text-xs font-bold text-white">
          CC
        </span>
        <span className="hidden 2xl:inline">Citrix Cloud API Explorer</span>
        {/* Narrower screens show a short name; the accessible name stays the same. */}
        <span className="2xl:hidden">
          <span aria-hidden>API Explorer</span>
          <span className="sr-only">Citrix Cloud API Explorer</span>
        </span>
      </Link>
      <nav aria-label="Main" className="hidden items-center gap-3 text-sm md:flex">
        <Link href="/apis" className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
          APIs
        </Link>
        <Link href="/token" className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
          Token
        </Link>
        <Link href="/history" className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
          History
        </Link>
        <Link href="/settings" className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
          Settings
        </Link>
      </nav>
      <div className="ml-auto flex items-center gap-3 whitespace-nowrap">
        <RegionPicker />
        <ProfileSwitcher />
        <AuthStatus />
        <Button onClick={openAuthDialog}>Set Authentication</Button>
        {session?.authenticated ? (
          <Button variant="ghost" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </Button>
        ) : null}
      </div>
    </header>
  );
}
