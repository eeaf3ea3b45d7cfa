import type { Metadata } from 'next';
import { headers } from 'next/headers';

import { ImportPanel } from '@/components/import/import-panel';
import { ImportedDocsTable } from '@/components/import/imported-docs-table';
import { InlineScript } from '@/components/shell/inline-script';
import { earlyImportScript } from '@/lib/import/early-import-script';

export const metadata: Metadata = { title: 'Import an API description' };

export default async function ImportPage() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <div className="mx-auto max-w-6xl space-y-10">
      <header>
        <p className="text-sm font-medium text-brand-700 dark:text-brand-100">API Exploration</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Import an API description
        </h1>
        <p className="mt-3 max-w-3xl text-[15px] leading-relaxed text-slate-600 dark:text-slate-400">
          OpenAPI 3.0, 3.1 or Swagger 2.0, as JSON or YAML. The document is parsed, validated and upgraded to
          OpenAPI 3.1 in your browser and kept there (IndexedDB): nothing is uploaded. Its operations can be
          invoked through the proxy wherever its servers are Citrix Cloud hosts of the region table.
        </p>
      </header>
      <ImportPanel />
      {/* Right after the panel: its file input works before the page has hydrated. */}
      <InlineScript nonce={nonce} source={earlyImportScript()} />
      <section aria-labelledby="imported-heading" className="space-y-3">
        <h2 id="imported-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Imported in this browser
        </h2>
        <ImportedDocsTable />
      </section>
    </div>
  );
}
