import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { OperationList } from '@/components/explorer/operation-list';
import { ServiceOverview } from '@/components/explorer/service-overview';
import { ServiceTabs } from '@/components/explorer/service-tabs';
import { ExportButtons } from '@/components/export/export-buttons';
import { Link } from '@/components/ui/link';
import { findService } from '@/lib/services/catalog';

interface ServicePageProps {
  params: Promise<{ serviceId: string }>;
}

export async function generateMetadata({ params }: ServicePageProps): Promise<Metadata> {
  const service = findService((await params).serviceId);
  return { title: service?.title ?? 'Not found' };
}

export default async function ServicePage({ params }: ServicePageProps) {
  const service = findService((await params).serviceId);
  if (!service) notFound();
  const version = (service.document.info as { version?: string } | undefined)?.version;
  return (
    <div className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500">
        <Link href="/apis" className="hover:text-slate-800 dark:hover:text-slate-200">
          APIs
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <span aria-current="page" className="text-slate-700 dark:text-slate-300">
          {service.title}
        </span>
      </nav>
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
            {service.title}
          </h1>
          {version ? (
            <span className="rounded-full bg-slate-100 px-2.5 py-0.5 font-mono text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
              v{version}
            </span>
          ) : null}
        </div>
        <p className="mt-2 max-w-3xl text-[15px] text-slate-600 dark:text-slate-400">{service.summary}</p>
        <div className="mt-4">
          <ExportButtons serviceId={service.id} serviceTitle={service.title} hostKind={service.hostKind} />
        </div>
        {service.id === 'monitorodata' ? (
          <p className="mt-3 text-sm">
            <Link href="/monitor/query" className="font-medium text-brand-700 underline dark:text-brand-300">
              Open the Monitor query builder
            </Link>{' '}
            <span className="text-slate-600 dark:text-slate-400">
              — pick fields and filters, see the URL and rows live.
            </span>
          </p>
        ) : null}
      </header>
      <ServiceTabs
        overview={<ServiceOverview service={service} />}
        exploration={<OperationList service={service} />}
      />
    </div>
  );
}
