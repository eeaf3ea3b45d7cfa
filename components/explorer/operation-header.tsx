import { Link } from '@/components/ui/link';

import { serviceHref } from './hrefs';

interface OperationHeaderProps {
  serviceId: string;
  serviceTitle: string;
  summary: string;
  operationId: string;
  tags: string[];
  deprecated: boolean;
}

/** Breadcrumb, title and the operation's identity (operationId, tags, deprecation). */
export function OperationHeader({
  serviceId,
  serviceTitle,
  summary,
  operationId,
  tags,
  deprecated,
}: OperationHeaderProps) {
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/apis" className="hover:text-slate-800 dark:hover:text-slate-200">
          APIs
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <Link href={serviceHref(serviceId)} className="hover:text-slate-800 dark:hover:text-slate-200">
          {serviceTitle}
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <span aria-current="page" className="text-slate-700 dark:text-slate-300">
          {summary}
        </span>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{summary}</h1>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <code className="rounded bg-slate-100 px-2 py-0.5 font-mono text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          {operationId}
        </code>
        {tags.map((tag) => (
          <span
            key={tag}
            className="rounded-full border border-slate-200 px-2 py-0.5 text-slate-600 dark:border-slate-700 dark:text-slate-400"
          >
            {tag}
          </span>
        ))}
        {deprecated ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-500/15 dark:text-amber-300">
            Deprecated
          </span>
        ) : null}
      </div>
    </header>
  );
}
