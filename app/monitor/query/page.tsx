import type { Metadata } from 'next';

import { MonitorQueryBuilder } from '@/components/monitor-query/monitor-query-builder';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = { title: 'Monitor query builder' };

export default function MonitorQueryPage() {
  return (
    <div className="mx-auto max-w-6xl min-w-0">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500">
        <Link href="/apis" className="hover:text-slate-800 dark:hover:text-slate-200">
          APIs
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <Link href="/apis/monitorodata" className="hover:text-slate-800 dark:hover:text-slate-200">
          Monitor Service OData
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <span aria-current="page" className="text-slate-700 dark:text-slate-300">
          Query builder
        </span>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Monitor query builder</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        Put a Monitor OData query together — fields, typed filters with enum names instead of numbers, date
        ranges, related entities, order and size — and see its URL and rows as you go. Queries run one at a
        time (Citrix answers 429 to a second concurrent Monitor query) through the explorer, with your
        session’s token.
      </p>
      <div className="mt-6">
        <MonitorQueryBuilder />
      </div>
    </div>
  );
}
