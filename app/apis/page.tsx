import type { Metadata } from 'next';

import { ServiceCard } from '@/components/explorer/service-card';
import { ImportedServiceCards } from '@/components/import/imported-cards';
import { CATALOG } from '@/lib/services/catalog';

export const metadata: Metadata = { title: 'API catalog' };

export default function CatalogPage() {
  return (
    <div className="mx-auto max-w-6xl">
      <header className="mb-8">
        <p className="text-sm font-medium text-brand-700 dark:text-brand-100">API Exploration</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Citrix Cloud APIs
        </h1>
        <p className="mt-3 max-w-3xl text-[15px] leading-relaxed text-slate-600 dark:text-slate-400">
          Pick a service to read its operations and invoke them with your token already in the{' '}
          <code className="font-mono text-[13px]">Authorization</code> header. Press{' '}
          <kbd className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-700">
            /
          </kbd>{' '}
          to search every operation.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {CATALOG.map((service) => (
          <ServiceCard key={service.id} service={service} />
        ))}
      </ul>
      <ImportedServiceCards />
    </div>
  );
}
