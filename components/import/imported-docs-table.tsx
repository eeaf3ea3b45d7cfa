'use client';

import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { removeImportedDocument } from '@/lib/import/client';
import type { ImportedDocMeta } from '@/lib/openapi/types';

import { importedDocHref } from './hrefs';
import { useImportedList } from './use-imported';

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1048576).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function sourceLabel(meta: Pick<ImportedDocMeta, 'sourceVersion' | 'format'>): string {
  const family = meta.sourceVersion === '2.0' ? 'Swagger 2.0' : `OpenAPI ${meta.sourceVersion}`;
  return `${family}, ${meta.format.toUpperCase()}`;
}

/** The documents imported into this browser, each removable. */
export function ImportedDocsTable() {
  const { data: docs, isPending } = useImportedList();
  const [removed, setRemoved] = useState<string | undefined>();
  if (isPending) return <p className="text-sm text-slate-500">Loading imported documents…</p>;
  if (!docs || docs.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No documents imported yet.{removed ? <span role="status"> Removed {removed}.</span> : null}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {removed ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Removed {removed}.
        </p>
      ) : null}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900/60 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                API
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                Source
              </th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">
                Operations
              </th>
              <th scope="col" className="px-4 py-2 text-right font-semibold">
                Size
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {docs.map((doc) => (
              <tr key={doc.id}>
                <td className="px-4 py-2">
                  <Link
                    href={importedDocHref(doc.id)}
                    // inline-block: a title that wraps stays one box, all of it the link.
                    className="inline-block font-medium text-brand-700 hover:underline dark:text-brand-100"
                  >
                    {doc.title}
                  </Link>
                  <span className="ml-2 font-mono text-xs text-slate-500">{doc.version}</span>
                  {doc.fileName ? <span className="block text-xs text-slate-500">{doc.fileName}</span> : null}
                </td>
                <td className="px-4 py-2 text-slate-600 dark:text-slate-400">{sourceLabel(doc)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{doc.operationCount}</td>
                <td className="px-4 py-2 text-right tabular-nums text-slate-600 dark:text-slate-400">
                  {formatSize(doc.sizeBytes)}
                </td>
                <td className="px-4 py-2 text-right">
                  <Button
                    variant="danger"
                    size="sm"
                    aria-label={`Remove ${doc.title}`}
                    onClick={async () => {
                      await removeImportedDocument(doc.id);
                      setRemoved(doc.title);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
