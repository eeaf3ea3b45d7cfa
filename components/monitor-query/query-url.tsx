'use client';

import { CopyButton } from '@/components/ui/copy-button';
import { powershellQuery, pythonQuery, type QuerySnippetInput } from '@/lib/odata-query/snippets';

/** The URL of the query as it stands, and the same call to copy as PowerShell or Python. */
export function QueryUrl({ url, snippet }: { url: string; snippet: QuerySnippetInput }) {
  return (
    <section aria-labelledby="query-url-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="query-url-heading" className="text-base font-semibold">
          URL
        </h2>
        <div className="flex flex-wrap gap-2">
          <CopyButton value={url} label="Copy URL" />
          <CopyButton value={powershellQuery(snippet, url)} label="Copy as PowerShell" />
          <CopyButton value={pythonQuery(snippet)} label="Copy as Python" />
        </div>
      </div>
      <code
        data-testid="query-url"
        className="block rounded-md bg-slate-100 px-3 py-2 font-mono text-xs break-all text-slate-800 dark:bg-slate-800 dark:text-slate-100"
      >
        {url}
      </code>
    </section>
  );
}
