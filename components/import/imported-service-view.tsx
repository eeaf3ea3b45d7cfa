'use client';

import { useRouter } from 'next/navigation';

import { MarkdownText } from '@/components/explorer/markdown';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { removeImportedDocument } from '@/lib/import/client';
import type { ImportedDocMeta } from '@/lib/openapi/types';

import { importHref } from './hrefs';
import { ImportReport } from './import-report';
import { formatSize, sourceLabel } from './imported-docs-table';
import { ImportedExportButtons } from './imported-export-buttons';
import { InvokeTargetNote, useInvokeTarget } from './invoke-target';
import { ServerControl } from './server-control';
import { useImportedList, useImportedOperations } from './use-imported';
import { VirtualOperationList } from './virtual-operation-list';

export function NotInThisBrowser({ what }: { what: string }) {
  return (
    <div className="mx-auto max-w-3xl space-y-3">
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-white">Not found in this browser</h1>
      <p className="text-slate-600 dark:text-slate-400">
        {what} Imported documents are kept in the browser they were imported into;{' '}
        <Link href={importHref} className="text-brand-700 underline dark:text-brand-100">
          import it
        </Link>{' '}
        here.
      </p>
    </div>
  );
}

function Breadcrumb({ title }: { title: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500">
      <Link href="/apis" className="hover:text-slate-800 dark:hover:text-slate-200">
        APIs
      </Link>
      <span aria-hidden className="mx-2">
        /
      </span>
      <Link href={importHref} className="hover:text-slate-800 dark:hover:text-slate-200">
        Imported
      </Link>
      <span aria-hidden className="mx-2">
        /
      </span>
      <span aria-current="page" className="text-slate-700 dark:text-slate-300">
        {title}
      </span>
    </nav>
  );
}

function ServersTable({ meta }: { meta: ImportedDocMeta }) {
  if (meta.servers.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">The document lists no servers.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Server in the document
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              What the proxy makes of it
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {meta.servers.map((server) => (
            <tr key={server.url}>
              <td className="px-4 py-2 align-top">
                <code className="break-all font-mono text-[13px]">{server.url}</code>
                {server.description ? (
                  <span className="block text-xs text-slate-500">{server.description}</span>
                ) : null}
              </td>
              <td className="px-4 py-2 align-top text-slate-700 dark:text-slate-300">
                {server.ok ? (
                  <>
                    Host kind <code className="font-mono">{server.hostKind}</code>, base path{' '}
                    <code className="font-mono">{server.basePath || '/'}</code>
                  </>
                ) : (
                  server.reason
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An imported document: what it is, where its calls go, its operations (virtualised). */
export function ImportedServiceView({ docId }: { docId: string }) {
  const router = useRouter();
  const list = useImportedList();
  const operations = useImportedOperations(docId);
  const meta = list.data?.find((doc) => doc.id === docId);
  const { target } = useInvokeTarget(meta?.servers ?? [], meta?.serverOverride);
  if (list.isPending || operations.isPending) return <p className="text-sm text-slate-500">Loading…</p>;
  if (!meta || !operations.data)
    return <NotInThisBrowser what={`There is no imported document “${docId}” here.`} />;
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <div>
        <Breadcrumb title={meta.title} />
        <header className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{meta.title}</h1>
            {meta.version ? (
              <span className="rounded-full bg-slate-100 px-2.5 py-0.5 font-mono text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                v{meta.version}
              </span>
            ) : null}
            <span className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
              Imported
            </span>
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {sourceLabel(meta)}, kept as OpenAPI 3.1 · {formatSize(meta.sizeBytes)} · {meta.operationCount}{' '}
            {meta.operationCount === 1 ? 'operation' : 'operations'}
            {meta.fileName ? <> · {meta.fileName}</> : null}
          </p>
        </header>
      </div>
      <div className="space-y-3">
        <InvokeTargetNote servers={meta.servers} override={meta.serverOverride} />
        <ServerControl
          key={`${meta.id}:${meta.serverOverride?.hostKind ?? ''}${meta.serverOverride?.basePath ?? ''}`}
          meta={meta}
          open={!target.ok}
        />
        <ImportedExportButtons meta={meta} />
      </div>
      <ImportReport meta={meta} />
      <section aria-labelledby="operations-heading" className="space-y-3">
        <h2 id="operations-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Operations
        </h2>
        <VirtualOperationList operations={operations.data} basePath={target.ok ? target.basePath : ''} />
      </section>
      <section aria-labelledby="about-heading" className="space-y-4">
        <h2 id="about-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          About this document
        </h2>
        <MarkdownText text={meta.description} />
        <ServersTable meta={meta} />
        <Button
          variant="danger"
          onClick={async () => {
            await removeImportedDocument(meta.id);
            router.push(importHref);
          }}
        >
          Remove {meta.title} from this browser
        </Button>
      </section>
    </div>
  );
}
