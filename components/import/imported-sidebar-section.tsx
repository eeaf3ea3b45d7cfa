import { NavLink } from '@/components/explorer/nav-links';
import { LazyImportedList } from '@/components/shell/browser-state-islands';

import { importHref } from './hrefs';

/** The sidebar's part for imported documents: "Import…", and the documents this browser holds. */
export function ImportedSidebarSection() {
  return (
    <nav aria-label="Imported APIs" className="text-sm">
      <div className="mb-1 flex items-center justify-between px-2">
        <span className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
          Imported
        </span>
        <NavLink
          href={importHref}
          className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-slate-200/60 aria-[current=page]:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-brand-600/20"
        >
          Import…
        </NavLink>
      </div>
      <LazyImportedList
        placeholder={
          <p className="px-2 text-xs text-slate-500 dark:text-slate-400">
            Bring your own OpenAPI or Swagger document.
          </p>
        }
      />
    </nav>
  );
}
