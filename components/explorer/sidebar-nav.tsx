import { groupEntriesByTag } from '@/lib/openapi/entry-lists';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { operationHref, serviceHref } from './hrefs';
import { MethodBadge } from './method-badge';
import { NavLink, NavServiceGroup } from './nav-links';

export interface SidebarService {
  id: string;
  title: string;
}

interface SidebarNavProps {
  services: readonly SidebarService[];
  index: readonly CatalogIndexEntry[];
}

/**
 * Services → operations grouped by tag; the service and operation in the URL are marked current.
 * A server component: the tree is HTML, and only the links (which follow the URL) and each
 * service's show/hide toggle hydrate. A closed service's operations travel in React's payload but
 * are drawn (as HTML, and by React) only once its group opens (NavServiceGroup).
 */
export function SidebarNav({ services, index }: SidebarNavProps) {
  return (
    <nav aria-label="API catalog" className="text-sm">
      <NavLink
        href="/apis"
        className="mb-2 block px-2 text-xs font-semibold uppercase tracking-wider text-slate-500 hover:text-slate-800 aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:text-slate-200 dark:aria-[current=page]:text-sky-300"
      >
        All APIs
      </NavLink>
      <ul className="space-y-0.5">
        {services.map((service) => (
          <li key={service.id}>
            <NavServiceGroup
              href={serviceHref(service.id)}
              title={service.title}
              listId={`nav-${service.id}`}
              link={
                <NavLink
                  href={serviceHref(service.id)}
                  className="flex-1 truncate rounded px-1.5 py-1 font-medium text-slate-700 hover:bg-slate-200/60 group-data-[active]:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-300 dark:hover:bg-slate-800 dark:group-data-[active]:text-white dark:aria-[current=page]:bg-brand-600/20 dark:aria-[current=page]:text-white"
                >
                  {service.title}
                </NavLink>
              }
            >
              {groupEntriesByTag(index.filter((entry) => entry.serviceId === service.id)).map((group) => (
                <div key={group.tag} className="mt-1.5">
                  <p className="px-2 py-1 text-[11px] font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    {group.tag}
                  </p>
                  <ul>
                    {group.operations.map((operation) => (
                      <li key={operation.operationId}>
                        <NavLink
                          href={operationHref(service.id, operation.operationId)}
                          title={`${operation.method} ${operation.path}`}
                          className="flex items-center gap-2 rounded px-2 py-1 text-slate-600 hover:bg-slate-200/60 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 dark:aria-[current=page]:bg-brand-600/20 dark:aria-[current=page]:text-white"
                        >
                          <MethodBadge method={operation.method} />
                          <span
                            className={`truncate ${operation.deprecated ? 'line-through decoration-slate-400' : ''}`}
                          >
                            {operation.summary}
                          </span>
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </NavServiceGroup>
          </li>
        ))}
      </ul>
    </nav>
  );
}
