'use client';

import { Link } from '@/components/ui/link';

import { importedDocHref, importHref } from './hrefs';
import { sourceLabel } from './imported-docs-table';
import { useImportedList } from './use-imported';

/** The catalog page's cards for imported documents, beside the built-in services. */
export function ImportedServiceCards() {
  const { data: docs } = useImportedList();
  return (
    <section aria-labelledby="imported-apis-heading" className="mt-12 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="imported-apis-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
          Imported APIs
        </h2>
        <Link
          href={importHref}
          className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
        >
          Import an API description →
        </Link>
      </div>
      {docs && docs.length > 0 ? (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {docs.map((doc) => (
            <li key={doc.id}>
              <Link
                href={importedDocHref(doc.id)}
                className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 hover:shadow dark:border-slate-800 dark:bg-slate-950"
              >
                <span className="font-semibold text-slate-900 dark:text-white">{doc.title}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {doc.operationCount} {doc.operationCount === 1 ? 'operation' : 'operations'} ·{' '}
                  {sourceLabel(doc)}
                </span>
                <span className="mt-auto text-xs text-slate-500">Imported into this browser</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          None yet: import an OpenAPI 3.0 / 3.1 or Swagger 2.0 document (JSON or YAML) to explore it here.
        </p>
      )}
    </section>
  );
}
