'use client';

import { useRegion } from '@/components/shell/region-provider';
import { REGIONS, type HostKind } from '@/lib/citrix/regions';

interface ExportButtonsProps {
  serviceId: string;
  serviceTitle: string;
  hostKind: HostKind;
}

const LINK =
  'inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 transition-colors hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * "Export to Postman" (for the region picked in the header) and "Download OpenAPI": plain
 * download links to server routes, so no conversion code reaches the browser.
 */
export function ExportButtons({ serviceId, serviceTitle, hostKind }: ExportButtonsProps) {
  const { region } = useRegion();
  const regionLabel = REGIONS[region].label;
  const available = Boolean(REGIONS[region].hosts[hostKind]);
  const id = encodeURIComponent(serviceId);
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Export ${serviceTitle}`}>
      {available ? (
        <a
          className={LINK}
          href={`/api/export/postman/${id}?region=${encodeURIComponent(region)}`}
          download
          title={`A Postman collection v2.1 calling the ${regionLabel} hosts; its pre-request script gets the token`}
        >
          <span aria-hidden>⇩</span> Export to Postman
          <span className="text-xs font-normal text-slate-600 dark:text-slate-300">({regionLabel})</span>
        </a>
      ) : (
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {serviceTitle} has no host in the {regionLabel} region: pick another region to export it to Postman.
        </span>
      )}
      <a
        className={LINK}
        href={`/api/export/openapi/${id}`}
        download
        title="The OpenAPI 3.1 description of this API, as JSON"
      >
        <span aria-hidden>⇩</span> Download OpenAPI
      </a>
    </div>
  );
}

/**
 * For imported API descriptions (kept in the browser): posts the parsed document to
 * `POST /api/export/postman` and saves the collection it answers with.
 */
export async function downloadPostmanCollection(
  document: Record<string, unknown>,
  options: { region?: string; title?: string } = {},
): Promise<void> {
  const response = await fetch('/api/export/postman', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document, ...options }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The export failed (${response.status}).`);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'collection.postman_collection.json';
  const url = URL.createObjectURL(await response.blob());
  const link = window.document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
