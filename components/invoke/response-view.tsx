'use client';

import type { ReactNode } from 'react';

import { statusTone } from '@/components/explorer/status-tone';
import { TroubleshootPanel, useExplanation } from '@/components/troubleshoot/troubleshoot-panel';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { formatBytes, formatDuration } from '@/lib/invoke-form/format';
import { statusLine } from '@/lib/invoke-form/status-meaning';
import type { InvokeResult } from '@/lib/schemas/invoke';
import type { RequestHeaders } from '@/lib/troubleshoot/explain';

import { ResponseBody } from './response-body';
import { ResponseHeaders } from './response-headers';
import { ResponseNotices } from './response-notices';

interface ResponseViewProps {
  result: InvokeResult;
  method: string;
  operationId: string;
  /** Present when the body carries a continuation: fetches the next page. */
  nextPage?: { run: () => void; hint: string };
  /** Shown under the notices: following a 201/202's Location. */
  follow?: ReactNode;
  /** What the request sent, so a failure can be explained in place (lib/troubleshoot). */
  troubleshooting?: {
    requestHeaders: RequestHeaders;
    pastedToken: boolean;
    sessionCustomerId?: string;
    tokenCustomerId?: string;
    onUseSessionToken?: () => void;
  };
}

const NO_HEADERS: RequestHeaders = [];

/** Everything about one answer: status and its meaning, time, size, URL, transaction ID, headers, body. */
export function ResponseView({
  result,
  method,
  operationId,
  nextPage,
  follow,
  troubleshooting,
}: ResponseViewProps) {
  const { label, meaning } = statusLine(result.status, result.statusText);
  const explanation = useExplanation({
    result,
    requestHeaders: troubleshooting?.requestHeaders ?? NO_HEADERS,
    pastedToken: troubleshooting?.pastedToken ?? false,
    sessionCustomerId: troubleshooting?.sessionCustomerId,
    tokenCustomerId: troubleshooting?.tokenCustomerId,
  });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span
            data-testid="response-status"
            className={`rounded-md px-2.5 py-1 font-mono text-sm font-bold ${statusTone(result.status)}`}
          >
            {label}
          </span>
          {meaning ? <span className="text-slate-600 dark:text-slate-400">— {meaning}</span> : null}
        </p>
        <dl className="ml-auto flex gap-4 text-xs text-slate-500 dark:text-slate-400">
          <div className="flex gap-1">
            <dt>Time</dt>
            <dd className="font-mono font-medium text-slate-800 dark:text-slate-200">
              {formatDuration(result.durationMs)}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>Size</dt>
            <dd className="font-mono font-medium text-slate-800 dark:text-slate-200">
              {formatBytes(result.sizeBytes)}
            </dd>
          </div>
        </dl>
      </div>
      {explanation ? (
        <TroubleshootPanel explanation={explanation} onUseSessionToken={troubleshooting?.onUseSessionToken} />
      ) : null}
      <p className="flex items-start gap-2 rounded-md bg-slate-50 px-3 py-2 text-[13px] dark:bg-slate-900/60">
        <span className="font-mono font-bold text-slate-500">{method}</span>
        <code
          data-testid="response-url"
          className="min-w-0 flex-1 break-all font-mono text-slate-700 dark:text-slate-300"
        >
          {result.url}
        </code>
      </p>
      {result.transactionId ? (
        <p className="flex flex-wrap items-center gap-2 text-[13px]">
          <span className="text-slate-500">Citrix-TransactionId</span>
          <code data-testid="transaction-id" className="font-mono text-slate-800 dark:text-slate-200">
            {result.transactionId}
          </code>
          <CopyButton value={result.transactionId} label="Copy transaction ID" />
        </p>
      ) : null}
      <ResponseNotices result={result} explained={explanation !== undefined} />
      {follow}
      {nextPage ? (
        <div className="flex items-center gap-3">
          <Button variant="secondary" onClick={nextPage.run}>
            Next page
          </Button>
          <span data-testid="next-page-hint" className="text-xs text-slate-500">
            {nextPage.hint}
          </span>
        </div>
      ) : null}
      <ResponseBody result={result} operationId={operationId} />
      <ResponseHeaders headers={result.headers} />
    </div>
  );
}
