'use client';

import type { ReactNode } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { Button } from '@/components/ui/button';
import type { InvokeResult } from '@/lib/schemas/invoke';

function Notice({ tone, children }: { tone: 'warn' | 'info' | 'error'; children: ReactNode }) {
  const styles = {
    warn: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200',
    info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-500/40 dark:bg-sky-500/10 dark:text-sky-200',
    error:
      'border-red-300 bg-red-50 text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200',
  }[tone];
  return (
    <div className={`flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm ${styles}`}>
      {children}
    </div>
  );
}

/** What a status asks of the user: a new token, a wait, a redirect not taken, a cut body. */
export function ResponseNotices({
  result,
  explained = false,
}: {
  result: InvokeResult;
  explained?: boolean;
}) {
  const { openAuthDialog } = useAuthDialog();
  return (
    <>
      {/* An explained failure (troubleshooting panel) carries its own "Generate a new token". */}
      {result.status === 401 && !explained ? (
        <Notice tone="error">
          <span className="flex-1">
            Tokens last one hour and cannot be refreshed: generate a new one and send again.
          </span>
          <Button size="sm" onClick={openAuthDialog}>
            Generate a new token
          </Button>
        </Notice>
      ) : null}
      {result.retryAfterSeconds !== undefined && !explained ? (
        <Notice tone="warn">Rate limited: retry in {result.retryAfterSeconds} s.</Notice>
      ) : null}
      {result.location ? (
        <Notice tone="info">
          <span>
            {result.status >= 300 && result.status < 400 ? 'Redirect to' : 'Location'}{' '}
            <code className="break-all font-mono text-[13px]">{result.location}</code>
            {result.status >= 300 && result.status < 400 ? ' — not followed.' : ''}
          </span>
        </Notice>
      ) : null}
      {result.truncated ? (
        <Notice tone="warn">
          The body was truncated: the response was larger than the explorer keeps. Download it to see what
          arrived.
        </Notice>
      ) : null}
      {result.renewed ? (
        <Notice tone="info">
          Your token had expired; the explorer generated a new one and sent the call again.
        </Notice>
      ) : null}
    </>
  );
}
