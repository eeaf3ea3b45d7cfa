'use client';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { Button } from '@/components/ui/button';
import { ApiCallError } from '@/lib/query/fetch-json';

/** Our own failure (bad input, not authenticated, host refused, timeout…), never Citrix's answer. */
export function InvokeError({ error }: { error: unknown }) {
  const { openAuthDialog } = useAuthDialog();
  if ((error as Error)?.name === 'AbortError') {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Request cancelled.
      </p>
    );
  }
  const apiError = error instanceof ApiCallError ? error : undefined;
  const needsAuth = apiError?.status === 401;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
    >
      <p className="font-semibold">The explorer could not make this call</p>
      <p className="mt-1">{apiError?.message ?? (error as Error)?.message ?? 'Something went wrong.'}</p>
      {apiError ? (
        <p className="mt-1 font-mono text-xs opacity-75">
          {apiError.status ? `${apiError.status} · ` : ''}
          {apiError.code}
        </p>
      ) : null}
      {needsAuth ? (
        <Button size="sm" className="mt-3" onClick={openAuthDialog}>
          Set Authentication
        </Button>
      ) : null}
    </div>
  );
}
