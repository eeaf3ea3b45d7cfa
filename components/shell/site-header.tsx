import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { REGION_LIST } from '@/lib/citrix/regions';

import { LazyProfileSwitcher, LazySessionControls } from './browser-state-islands';
import { RegionPicker, type RegionOption } from './region-picker';

/** What the browser needs of the region table: labels for the picker and the status badge, no hosts. */
const REGION_OPTIONS: RegionOption[] = REGION_LIST.map(({ id, label, description }) => ({
  id,
  label,
  description,
}));
const REGION_LABELS = Object.fromEntries(REGION_OPTIONS.map(({ id, label }) => [id, label]));

/** The profile picker's shape until the browser has read the saved profiles. */
function ProfilePlaceholder() {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only font-medium text-slate-600 xl:not-sr-only dark:text-slate-300">Profile</span>
      <select
        disabled
        className="w-40 rounded-md xl:w-auto xl:min-w-40 xl:max-w-48 border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        <option>Loading…</option>
      </select>
    </label>
  );
}

/** The session controls until the browser has asked for the session. */
function SessionPlaceholder() {
  return (
    <>
      <span className="text-sm text-slate-500 dark:text-slate-400">Checking…</span>
      <Button disabled>Set Authentication</Button>
    </>
  );
}

/**
 * The site header, a server component: links and layout cost the browser nothing; only the
 * controls that hold state in the browser (region, profile, session badge, buttons) are islands.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 flex min-h-14 flex-wrap items-center gap-x-4 gap-y-2 border-b py-2 lg:h-14 lg:flex-nowrap lg:py-0 border-slate-200 bg-white/95 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <Link
        href="/"
        className="flex shrink-0 items-center gap-2 whitespace-nowrap font-semibold text-slate-900 dark:text-white"
      >
        <span
          aria-hidden
          className="grid h-7 w-7 place-items-center rounded bg-brand-600 text-xs font-bold text-white"
        >
          CC
        </span>
        <span className="hidden 2xl:inline">Citrix Cloud API Explorer</span>
        {/* Narrower screens show a short name, and between lg and xl (one row, little room) the
            logo alone; the accessible name stays the same. */}
        <span aria-hidden className="lg:hidden xl:inline 2xl:hidden">
          API Explorer
        </span>
        <span className="sr-only 2xl:hidden">Citrix Cloud API Explorer</span>
      </Link>
      <nav aria-label="Main" className="hidden items-center gap-3 text-sm md:flex">
        <Link
          href="/apis"
          className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
        >
          APIs
        </Link>
        <Link
          href="/token"
          className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
        >
          Token
        </Link>
        <Link
          href="/history"
          className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
        >
          History
        </Link>
        <Link
          href="/settings"
          className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
        >
          Settings
        </Link>
      </nav>
      <div className="ml-auto flex flex-wrap items-center gap-3 whitespace-nowrap lg:flex-nowrap">
        <RegionPicker options={REGION_OPTIONS} />
        <LazyProfileSwitcher placeholder={<ProfilePlaceholder />} />
        <LazySessionControls regionLabels={REGION_LABELS} placeholder={<SessionPlaceholder />} />
      </div>
    </header>
  );
}
