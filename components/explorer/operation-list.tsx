import { Link } from '@/components/ui/link';
import { groupEntriesByTag } from '@/lib/openapi/entry-lists';
import { listOperations } from '@/lib/services/operations';
import type { CatalogService } from '@/lib/services/types';

import { operationHref } from './hrefs';
import { MethodBadge } from './method-badge';

/** The API Exploration tab: every operation of the service, grouped by tag, each a link to its page. */
export function OperationList({ service }: { service: CatalogService }) {
  const tags = (Array.isArray(service.document.tags) ? service.document.tags : []) as {
    name?: string;
    description?: string;
  }[];
  const describe = (tag: string) => tags.find((item) => item.name === tag)?.description;
  return (
    <div className="space-y-8">
      {groupEntriesByTag(listOperations(service)).map((group) => (
        <section key={group.tag} aria-labelledby={`tag-${group.tag}`}>
          <h2 id={`tag-${group.tag}`} className="text-base font-semibold text-slate-900 dark:text-white">
            {group.tag}
          </h2>
          {describe(group.tag) ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{describe(group.tag)}</p>
          ) : null}
          <ul className="mt-3 divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {group.operations.map((operation) => (
              <li key={operation.operationId}>
                <Link
                  href={operationHref(service.id, operation.operationId)}
                  className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4 dark:hover:bg-slate-900/60"
                >
                  <span className="flex min-w-0 items-center gap-3 sm:w-1/2">
                    <MethodBadge method={operation.method} />
                    <code className="truncate font-mono text-[13px] text-slate-800 dark:text-slate-200">
                      {service.basePath}
                      {operation.path}
                    </code>
                  </span>
                  <span
                    className={`flex-1 text-sm text-slate-600 dark:text-slate-400 ${operation.deprecated ? 'line-through' : ''}`}
                  >
                    {operation.summary}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
