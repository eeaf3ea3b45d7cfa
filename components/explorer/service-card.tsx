import { Link } from '@/components/ui/link';
import { HTTP_METHODS } from '@/lib/http/methods';
import { listOperations } from '@/lib/services/operations';
import type { CatalogService } from '@/lib/services/types';

import { serviceHref } from './hrefs';
import { MethodBadge } from './method-badge';

/** One service on the catalog page: what it does, where it lives, how many operations of which kind. */
export function ServiceCard({ service }: { service: CatalogService }) {
  const operations = listOperations(service);
  const counts = HTTP_METHODS.map(
    (method) => [method, operations.filter((operation) => operation.method === method).length] as const,
  ).filter(([, count]) => count > 0);
  const deprecated = /deprecated/i.test(service.title);
  return (
    <li className="group relative flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:-translate-y-0.5 hover:border-brand-600/40 hover:shadow-md dark:border-slate-800 dark:bg-slate-900/40 dark:hover:border-brand-100/30">
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900 dark:text-white">
          <Link
            href={serviceHref(service.id)}
            className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
          >
            {service.title}
          </Link>
        </h2>
        {deprecated ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-[11px] font-medium text-amber-900 dark:bg-amber-500/15 dark:text-amber-300">
            Deprecated
          </span>
        ) : null}
      </div>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-slate-600 dark:text-slate-400">
        {service.summary}
      </p>
      <p className="mt-4 truncate font-mono text-xs text-slate-500 dark:text-slate-400">
        {service.basePath || '/'}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-1.5 border-t border-slate-100 pt-3 dark:border-slate-800">
        <span className="mr-1 text-xs font-medium text-slate-600 dark:text-slate-300">
          {operations.length} {operations.length === 1 ? 'operation' : 'operations'}
        </span>
        {counts.map(([method, count]) => (
          <span key={method} className="inline-flex items-center gap-1 text-[11px] text-slate-500">
            <MethodBadge method={method} className="!w-auto px-1.5" />
            {count}
          </span>
        ))}
      </div>
    </li>
  );
}
