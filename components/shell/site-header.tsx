import { ApiSearch } from '@/components/explorer/api-search';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { REGION_LIST } from '@/lib/citrix/regions';
import { CATALOG_INDEX } from '@/lib/services/catalog-index';

import { LazyProfileSwitcher, LazySessionControls } from './browser-state-islands';
import { HeaderMenu } from './header-menu';
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
      <span className="sr-only font-medium text-slate-600 max-lg:not-sr-only xl:not-sr-only dark:text-slate-300">
        Profile
      </span>
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

const MAIN_LINKS = [
  { href: '/apis', label: 'APIs' },
  { href: '/token', label: 'Token' },
  { href: '/history', label: 'History' },
  { href: '/runbooks', label: 'Runbooks' },
  { href: '/settings', label: 'Settings' },
] as const;

const LINK_CLASS = 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white';

/**
 * The site header, a server component: links and layout cost the browser nothing; only the
 * controls that hold state in the browser (region, profile, session badge, buttons, the menu's
 * open state, the search) are client components.
 *
 * Below `lg` it is one short row: logo, (from `md`) the main links, the search box, and "Menu",
 * which folds the links (below `md`) and the region, profile and session controls into a panel.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 flex min-h-14 flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 bg-white/95 px-4 py-2.5 backdrop-blur lg:h-14 lg:flex-nowrap lg:gap-x-4 lg:py-0 dark:border-slate-800 dark:bg-slate-950/95">
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
        {/* Between sm and lg, and from xl, a short name; phones and lg–xl (one row, little room)
            show the logo alone; the accessible name stays the same. */}
        <span aria-hidden className="hidden sm:inline lg:hidden xl:inline 2xl:hidden">
          API Explorer
        </span>
        <span className="sr-only 2xl:hidden">Citrix Cloud API Explorer</span>
      </Link>
      <nav aria-label="Main" className="hidden items-center gap-3 text-sm md:flex">
        {MAIN_LINKS.map(({ href, label }) => (
          <Link key={href} href={href} className={LINK_CLASS}>
            {label}
          </Link>
        ))}
      </nav>
      {/* The sidebar (and its search box) shows from lg; below, the search lives here. */}
      <div className="min-w-0 flex-1 lg:hidden">
        <ApiSearch index={CATALOG_INDEX} placement="header" />
      </div>
      <HeaderMenu
        links={
          <nav aria-label="Main" className="flex flex-col text-sm md:hidden">
            {MAIN_LINKS.map(({ href, label }) => (
              <Link key={href} href={href} className={`${LINK_CLASS} rounded px-1 py-2`}>
                {label}
              </Link>
            ))}
          </nav>
        }
      >
        <RegionPicker options={REGION_OPTIONS} />
        <LazyProfileSwitcher placeholder={<ProfilePlaceholder />} />
        <LazySessionControls regionLabels={REGION_LABELS} placeholder={<SessionPlaceholder />} />
      </HeaderMenu>
    </header>
  );
}
