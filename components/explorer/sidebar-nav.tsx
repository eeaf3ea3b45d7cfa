'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useMemo, useState } from 'react';

import type { CatalogIndexEntry } from '@/lib/catalog/catalog-index';
import { groupByTag } from '@/lib/catalog/operations';

import { operationHref, serviceHref } from './hrefs';
import { MethodBadge } from './method-badge';

export interface SidebarService {
  id: string;
  title: string;
}

interface SidebarNavProps {
  services: readonly SidebarService[];
  index: readonly CatalogIndexEntry[];
}

/** `/apis/<service>/<operation>` → the ids, decoded; anything else → undefined. */
function activeIds(pathname: string): { serviceId?: string; operationId?: string } {
  const [, apis, serviceId, operationId] = pathname.split('/');
  if (apis !== 'apis') return {};
  const decode = (value: string | undefined) => (value ? decodeURIComponent(value) : undefined);
  return { serviceId: decode(serviceId), operationId: decode(operationId) };
}

/** Services → operations grouped by tag; the service and operation in the URL are marked current. */
export function SidebarNav({ services, index }: SidebarNavProps) {
  const pathname = usePathname();
  const active = activeIds(pathname);
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const byService = useMemo(() => {
    const map = new Map<string, CatalogIndexEntry[]>();
    for (const entry of index) map.set(entry.serviceId, [...(map.get(entry.serviceId) ?? []), entry]);
    return map;
  }, [index]);

  return (
    <nav aria-label="API catalog" className="text-sm">
      <Link
        href="/apis"
        aria-current={pathname === '/apis' ? 'page' : undefined}
        className="mb-2 block px-2 text-xs font-semibold uppercase tracking-wider text-slate-500 hover:text-slate-800 aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:text-slate-200 dark:aria-[current=page]:text-sky-300"
      >
        All APIs
      </Link>
      <ul className="space-y-0.5">
        {services.map((service) => {
          const isActive = active.serviceId === service.id;
          const open = toggled[service.id] ?? isActive;
          const listId = `nav-${service.id}`;
          return (
            <li key={service.id}>
              <div className="flex items-center">
                <button
                  type="button"
                  aria-expanded={open}
                  aria-controls={listId}
                  aria-label={`${open ? 'Hide' : 'Show'} ${service.title} operations`}
                  onClick={() => setToggled((state) => ({ ...state, [service.id]: !open }))}
                  className="grid h-7 w-6 place-items-center rounded text-slate-400 hover:bg-slate-200/60 hover:text-slate-700 dark:hover:bg-slate-800 dark:hover:text-slate-200"
                >
                  <span aria-hidden className={`text-[10px] transition-transform ${open ? 'rotate-90' : ''}`}>
                    ▶
                  </span>
                </button>
                <Link
                  href={serviceHref(service.id)}
                  aria-current={isActive && !active.operationId ? 'page' : undefined}
                  className={`flex-1 truncate rounded px-1.5 py-1 font-medium hover:bg-slate-200/60 dark:hover:bg-slate-800 ${
                    isActive ? 'text-slate-900 dark:text-white' : 'text-slate-700 dark:text-slate-300'
                  } aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:aria-[current=page]:bg-brand-600/20 dark:aria-[current=page]:text-white`}
                >
                  {service.title}
                </Link>
              </div>
              <div id={listId} hidden={!open} className="mb-2 ml-3 border-l border-slate-200 pl-2 dark:border-slate-800">
                {groupByTag(byService.get(service.id) ?? []).map((group) => (
                  <div key={group.tag} className="mt-1.5">
                    <p className="px-2 py-1 text-[11px] font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{group.tag}</p>
                    <ul>
                      {group.operations.map((operation) => {
                        const current = isActive && active.operationId === operation.operationId;
                        return (
                          <li key={operation.operationId}>
                            <Link
                              href={operationHref(service.id, operation.operationId)}
                              aria-current={current ? 'page' : undefined}
                              title={`${operation.method} ${operation.path}`}
                              className="flex items-center gap-2 rounded px-2 py-1 text-slate-600 hover:bg-slate-200/60 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 dark:aria-[current=page]:bg-brand-600/20 dark:aria-[current=page]:text-white"
                            >
                              <MethodBadge method={operation.method} />
                              <span className={`truncate ${operation.deprecated ? 'line-through decoration-slate-400' : ''}`}>{operation.summary}</span>
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
