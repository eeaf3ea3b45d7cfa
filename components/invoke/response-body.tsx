'use client';

import { useMemo, useState } from 'react';

import { Tabs } from '@/components/explorer/tabs';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { formatBytes } from '@/lib/invoke-form/format';
import type { InvokeResult } from '@/lib/schemas/invoke';

import { DownloadButton } from './download-button';
import { JsonTree } from './json-tree';

/** Above this, the tree starts with only the top level open (a multi-megabyte body stays fast). */
const LARGE_BODY = 200 * 1024;
/** Above this, Raw shows a prefix until asked for everything. */
const RAW_PREVIEW = 512 * 1024;

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(result: InvokeResult): Parsed {
  const looksJson = /json/i.test(result.contentType) || /^\s*[[{]/.test(result.body.slice(0, 64));
  if (result.bodyEncoding !== 'text' || !looksJson || result.truncated) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(result.body) };
  } catch {
    return { ok: false };
  }
}

function RawText({ text }: { text: string }) {
  const [all, setAll] = useState(text.length <= RAW_PREVIEW);
  return (
    <div className="space-y-2">
      <pre
        tabIndex={0}
        className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-950 p-4 font-mono text-[12.5px] leading-relaxed text-slate-100"
      >
        {all ? text : text.slice(0, RAW_PREVIEW)}
      </pre>
      {all ? null : (
        <Button variant="secondary" size="sm" onClick={() => setAll(true)}>
          Show the whole body ({formatBytes(text.length)})
        </Button>
      )}
    </div>
  );
}

/**
 * The body, as text only (never HTML): Pretty (a lazy JSON tree), Raw, Download. Binary bodies
 * are offered as a download only.
 */
export function ResponseBody({ result, operationId }: { result: InvokeResult; operationId: string }) {
  const parsed = useMemo(() => parseJson(result), [result]);
  if (result.bodyEncoding === 'base64') {
    return (
      <div className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-800">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This body is binary, so it is offered as a download only.
        </p>
        <DownloadButton result={result} operationId={operationId} />
      </div>
    );
  }
  if (result.body === '') return <p className="text-sm text-slate-500">The response has no body.</p>;
  const pretty = parsed.ok ? (
    <div className="max-h-[32rem] overflow-auto rounded-md border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-950">
      <JsonTree value={parsed.value} openDepth={result.sizeBytes > LARGE_BODY ? 1 : 3} />
    </div>
  ) : (
    <RawText text={result.body} />
  );
  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <CopyButton value={result.body} label="Copy body" />
      </div>
      <Tabs
        label="Response body"
        size="sm"
        lazy
        tabs={[
          { id: 'pretty', label: 'Pretty', content: pretty },
          { id: 'raw', label: 'Raw', content: <RawText text={result.body} /> },
          {
            id: 'download',
            label: 'Download',
            content: <DownloadButton result={result} operationId={operationId} />,
          },
        ]}
      />
    </div>
  );
}
