'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fetchJson } from '@/lib/query/fetch-json';

/** "Reset sandbox data": every sandbox customer back to its seeded state, after a confirmation. */
export function SandboxReset({ disabledReason }: { disabledReason?: string }) {
  const [open, setOpen] = useState(false);
  const reset = useMutation({
    mutationKey: ['sandbox-reset'],
    mutationFn: () => fetchJson<{ reset: boolean }>('/api/sandbox/reset', { method: 'POST', body: {} }),
    onSuccess: () => setOpen(false),
  });
  return (
    <div className="space-y-2">
      <Button variant="danger" onClick={() => setOpen(true)} disabled={Boolean(disabledReason)}>
        Reset sandbox data
      </Button>
      {disabledReason ? <p className="text-sm text-slate-600 dark:text-slate-400">{disabledReason}</p> : null}
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {reset.isSuccess ? 'The sandbox data was reset to its seeded state.' : ''}
      </p>
      {reset.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {(reset.error as Error).message}
        </p>
      ) : null}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Reset the sandbox data?"
        description="Every change made to the sandbox’s customers on this server — by anyone — is dropped: notifications sent, catalogs created, machines powered off, SystemLog records. Tokens stay valid."
        confirmLabel={reset.isPending ? 'Resetting…' : 'Reset'}
        confirmDisabled={reset.isPending}
        onConfirm={() => reset.mutate()}
      />
    </div>
  );
}
