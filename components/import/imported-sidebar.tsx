'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

import { importedDocHref, importHref } from './hrefs';
import { useImportedList } from './use-imported';

/** The sidebar's part for imported documents: each document (its page lists the operations) and "Import". */
export function ImportedSidebarSection() {
  const pathname = usePathname();
  const { data: docs } = useImportedList();
  return (
    <nav aria-label="Imported APIs" className="text-sm">
      <div className="mb-1 flex items-center justify-between px-2">
        <span className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">Imported</span>
        <Link
          href={importHref}
          aria-current={pathname === importHref ? 'page' : undefined}
          className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-slate-200/60 aria-[current=page]:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-brand-600/20"
        >
          Import…
        </Link>
      </div>
      {docs && docs.length > 0 ? (
        <ul className="space-y-0.5">
          {docs.map((doc) => {
            const href = importedDocHref(doc.id);
            const active = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={doc.id}>
                <Link
                  href={href}
                  aria-current={pathname === href ? 'page' : undefined}
                  className={`flex items-center gap-2 rounded px-2 py-1 hover:bg-slate-200/60 dark:hover:bg-slate-800 ${active ? 'font-medium text-slate-900 dark:text-white' : 'text-slate-700 dark:text-slate-300'} aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:aria-[current=page]:bg-brand-600/20 dark:aria-[current=page]:text-white`}
                >
                  <span className="min-w-0 flex-1 truncate">{doc.title}</span>
                  <span className="shrink-0 text-[11px] tabular-nums text-slate-500 dark:text-slate-400">{doc.operationCount}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="px-2 text-xs text-slate-500 dark:text-slate-400">Bring your own OpenAPI or Swagger document.</p>
      )}
    </nav>
  );
}
