'use client';

import { useQuery } from '@tanstack/react-query';

import { MarkdownText } from '@/components/explorer/markdown';
import { OperationReference } from '@/components/explorer/operation-reference';
import { InvokePanel } from '@/components/invoke/invoke-panel';
import { Link } from '@/components/ui/link';
import { isHttpMethod } from '@/lib/http/methods';
import { ImportedNotFound, loadImportedOperation } from '@/lib/import/client';
import { toFormSpec } from '@/lib/invoke-form/form-spec';
import type { ImportedOperationDetail } from '@/lib/openapi/types';

import { importedDocHref, importHref } from './hrefs';
import { NotInThisBrowser } from './imported-service-view';
import { useInvokeTarget } from './invoke-target';
import { MethodChip } from './method-chip';
import { ServerControl } from './server-control';
import { useImportedList } from './use-imported';

function Header({ detail }: { detail: ImportedOperationDetail }) {
  const { meta, entry } = detail;
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
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
        <Link href={importedDocHref(meta.id)} className="hover:text-slate-800 dark:hover:text-slate-200">
          {meta.title}
        </Link>
        <span aria-hidden className="mx-2">
          /
        </span>
        <span aria-current="page" className="text-slate-700 dark:text-slate-300">
          {entry.summary}
        </span>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{entry.summary}</h1>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <code className="rounded bg-slate-100 px-2 py-0.5 font-mono text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          {entry.operationId}
        </code>
        {entry.syntheticId ? (
          <span className="text-slate-500">(the document gives no operationId)</span>
        ) : null}
        {entry.tags.map((tag) => (
          <span
            key={tag}
            className="rounded-full border border-slate-200 px-2 py-0.5 text-slate-600 dark:border-slate-700 dark:text-slate-400"
          >
            {tag}
          </span>
        ))}
        {entry.deprecated ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-500/15 dark:text-amber-300">
            Deprecated
          </span>
        ) : null}
      </div>
    </header>
  );
}

function PathBar({ detail, note }: { detail: ImportedOperationDetail; note: string }) {
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-center gap-3 bg-slate-50 px-4 py-3 dark:bg-slate-900/60">
        <MethodChip method={detail.entry.method} size="md" />
        <code className="min-w-0 flex-1 break-all font-mono text-sm text-slate-800 dark:text-slate-200">
          {detail.entry.path}
        </code>
      </div>
      <p
        role="note"
        data-testid="invoke-unavailable"
        className="border-t border-slate-200 px-4 py-3 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300"
      >
        {note}
      </p>
    </div>
  );
}

function OperationBody({ detail }: { detail: ImportedOperationDetail }) {
  const { entry, operation, parameters } = detail;
  // The list is the live copy of the document's meta: a Server set on any page shows at once.
  const list = useImportedList();
  const meta = list.data?.find((doc) => doc.id === detail.meta.id) ?? detail.meta;
  const { target } = useInvokeTarget(meta.servers, meta.serverOverride);
  const method = isHttpMethod(entry.method) ? entry.method : 'GET';
  const spec = toFormSpec({
    serviceId: meta.id,
    operationId: entry.operationId,
    method,
    path: entry.path,
    parameters,
    requestBody: operation.requestBody,
  });
  let invoke;
  if (!isHttpMethod(entry.method)) {
    invoke = (
      <PathBar
        detail={detail}
        note={`${entry.method} operations cannot be invoked: the proxy sends GET, POST, PUT, PATCH and DELETE only.`}
      />
    );
  } else if (!target.ok) {
    invoke = (
      <div className="space-y-3">
        <PathBar detail={detail} note={`Invoke is not available: ${target.reason}`} />
        <ServerControl key={`${meta.id}:unset`} meta={meta} open />
      </div>
    );
  } else {
    invoke = (
      <div className="space-y-3">
        <InvokePanel
          key={`${meta.id}/${entry.operationId}/${target.hostKind}${target.basePath}`}
          spec={spec}
          service={{
            id: meta.id,
            title: meta.title,
            hostKind: target.hostKind,
            basePath: target.basePath,
            imported: true,
          }}
          badge={<MethodChip method={entry.method} size="md" />}
        />
        <ServerControl
          key={`${meta.id}:${meta.serverOverride?.hostKind ?? ''}${meta.serverOverride?.basePath ?? ''}`}
          meta={meta}
        />
      </div>
    );
  }
  return (
    <OperationReference
      params={spec.params}
      requestBody={operation.requestBody}
      responses={operation.responses}
      intro={
        <>
          <Header detail={detail} />
          {invoke}
          <MarkdownText
            text={typeof operation.description === 'string' ? operation.description : undefined}
          />
        </>
      }
    />
  );
}

/** One operation of an imported document, dereferenced in the import worker. */
export function ImportedOperationView({ docId, operationId }: { docId: string; operationId: string }) {
  const query = useQuery({
    queryKey: ['imported', 'operation', docId, operationId],
    queryFn: () => loadImportedOperation(docId, operationId),
    staleTime: Infinity,
    retry: false,
  });
  if (query.isPending) return <p className="text-sm text-slate-500">Loading the operation…</p>;
  if (query.error instanceof ImportedNotFound) return <NotInThisBrowser what={query.error.message} />;
  if (query.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        Could not load the operation: {query.error.message}
      </p>
    );
  return <OperationBody detail={query.data} />;
}
