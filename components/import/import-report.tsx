import type { ImportedDocMeta } from '@/lib/openapi/types';

import { WarningList } from './warning-list';

/**
 * The import report: what the importer changed so that the document maps onto Citrix Cloud
 * (paths, references, enums, servers, security schemes), then what is wrong with it.
 */
export function ImportReport({ meta }: { meta: Pick<ImportedDocMeta, 'normalised' | 'warnings'> }) {
  const normalised = meta.normalised ?? [];
  return (
    <div className="space-y-3" data-testid="import-report">
      {normalised.length > 0 ? (
        <div
          role="note"
          className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/30 dark:text-sky-100"
        >
          <p className="font-semibold">Normalised for Citrix Cloud</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {normalised.map((note, index) => (
              <li key={index} className="break-words">
                {note.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <WarningList warnings={meta.warnings} />
    </div>
  );
}
