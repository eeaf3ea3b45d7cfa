'use client';

import { useState } from 'react';

import { downloadPostmanCollection } from '@/components/export/export-buttons';
import { Button } from '@/components/ui/button';
import { REGIONS } from '@/lib/citrix/regions';
import { documentForExport, exportFileStem } from '@/lib/import/export-document';
import type { ImportedDocMeta } from '@/lib/openapi/types';

import { useInvokeTarget } from './invoke-target';

const loadStore = () => import('@/lib/import/store');

async function storedDocument(id: string): Promise<Record<string, unknown>> {
  const stored = await (await loadStore()).getImportedDoc(id);
  if (!stored) throw new Error('The document is no longer in this browser.');
  return stored.document;
}

function saveJson(value: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Export to Postman" and "Download OpenAPI" for an imported document. Both use the stored
 * (normalised, OpenAPI 3.1) document with its servers pointed where Invoke API calls in the
 * current region; the collection is made by the server route (POST /api/export/postman).
 */
export function ImportedExportButtons({ meta }: { meta: ImportedDocMeta }) {
  const { region, target } = useInvokeTarget(meta.servers, meta.serverOverride);
  const [busy, setBusy] = useState<'postman' | 'openapi' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const stem = exportFileStem(meta.title);

  async function run(kind: 'postman' | 'openapi') {
    setBusy(kind);
    setError(undefined);
    try {
      const document = documentForExport(
        await storedDocument(meta.id),
        target,
        region,
        window.location.origin,
      );
      if (kind === 'postman') await downloadPostmanCollection(document, { region, title: meta.title });
      else saveJson(document, `${stem}.openapi.json`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Export ${meta.title}`}>
        <Button
          variant="secondary"
          size="sm"
          disabled={busy !== undefined}
          onClick={() => void run('postman')}
        >
          <span aria-hidden>⇩</span> {busy === 'postman' ? 'Exporting…' : 'Export to Postman'}
          <span className="text-xs font-normal text-slate-600 dark:text-slate-300">
            ({REGIONS[region].label})
          </span>
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={busy !== undefined}
          onClick={() => void run('openapi')}
        >
          <span aria-hidden>⇩</span> Download OpenAPI
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
