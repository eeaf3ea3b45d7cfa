'use client';

import { Button } from '@/components/ui/button';
import { downloadName, formatBytes } from '@/lib/invoke-form/format';
import type { InvokeResult } from '@/lib/schemas/invoke';

function toBlob(result: InvokeResult): Blob {
  const type = result.contentType || 'application/octet-stream';
  if (result.bodyEncoding === 'text') return new Blob([result.body], { type });
  const binary = atob(result.body);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}

/**
 * Saves the body as a file through a Blob URL made at click time and revoked right after, so a
 * large body is not held twice while the user reads it.
 */
export function DownloadButton({ result, operationId }: { result: InvokeResult; operationId: string }) {
  const name = downloadName(operationId, result.status, result.contentType);
  function download() {
    const url = URL.createObjectURL(toBlob(result));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.rel = 'noopener';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={download}>
        Download body
      </Button>
      <span className="text-sm text-slate-600 dark:text-slate-400">
        <code className="font-mono text-[13px]">{name}</code> · {formatBytes(result.sizeBytes)} ·{' '}
        {result.contentType || 'no content type'}
      </span>
    </div>
  );
}
