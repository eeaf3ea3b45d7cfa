'use client';

import { usePathname } from 'next/navigation';

import { Link } from '@/components/ui/link';

import { importedDocHref } from './hrefs';
import { useImportedList } from './use-imported';

/** The documents imported into this browser, each linking to its page (which lists the operations). */
export function ImportedList() {
  const pathname = usePathname();
  const { data: docs } = useImportedList();
  if (!docs || docs.length === 0)
    return (
      <p className="px-2 text-xs text-slate-500 dark:text-slate-400">
        Bring your own OpenAPI or Swagger document.
      </p>
    );
  return (
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
              <span className="shrink-0 text-[11px] tabular-nums text-slate-500 dark:text-slate-400">
                {doc.operationCount}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
