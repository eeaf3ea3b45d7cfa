import type { ReactNode } from 'react';

import { REGION_LIST, resolveHost } from '@/lib/citrix/regions';
import type { CatalogService } from '@/lib/services/types';
import { hostKindFor } from '@/lib/snippets/from-invoke-request';

import { BaseUrlTable, type BaseUrlRow } from './base-url-table';
import { MarkdownText } from './markdown';

function baseUrlRows(service: CatalogService): BaseUrlRow[] {
  return REGION_LIST.map((region) => {
    const regional = resolveHost(region.id, service.hostKind);
    const globalKind = hostKindFor(service.hostKind, 'global');
    const global = globalKind ? resolveHost(region.id, globalKind) : undefined;
    const row: BaseUrlRow = { regionId: region.id, label: region.label };
    if (regional) row.regional = regional;
    // The sandbox's "global" host is the same sandbox: listing it twice would say nothing.
    if (global?.type === 'remote') row.global = global;
    return row;
  });
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
      {children}
    </section>
  );
}

/** The Overview tab: what the service is, where it lives per region, which headers and paging it uses. */
export function ServiceOverview({ service }: { service: CatalogService }) {
  const info = (service.document.info ?? {}) as { description?: string; version?: string };
  const headers = [
    ['Authorization', 'CwsAuth Bearer=<token> — from the token service, valid one hour'],
    ...service.requiredHeaders.map((name) => [
      name,
      name === 'Citrix-CustomerId'
        ? 'your customer ID'
        : name === 'Citrix-InstanceId'
          ? 'the DaaS site ID from GET /cvad/manage/me'
          : '',
    ]),
    ['Accept', 'application/json (exactly; */* or a charset is refused with 406)'],
  ];
  return (
    <div className="space-y-10">
      <MarkdownText text={info.description} />
      <Section title="Base URL">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Operation paths are relative to the base URL of your region.
        </p>
        <BaseUrlTable rows={baseUrlRows(service)} basePath={service.basePath} />
      </Section>
      <Section title="Required headers">
        <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {headers.map(([name, meaning]) => (
            <div key={name} className="flex flex-col gap-1 px-4 py-2.5 sm:flex-row sm:gap-4">
              <dt className="w-48 shrink-0 font-mono text-[13px] font-semibold text-slate-900 dark:text-slate-100">
                {name}
              </dt>
              <dd className="text-sm text-slate-600 dark:text-slate-400">{meaning}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="Paging">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {service.paging === 'none' ? (
            'Lists are returned in one response; there is no paging.'
          ) : (
            <code className="font-mono text-[13px]">{service.paging}</code>
          )}
        </p>
      </Section>
    </div>
  );
}
