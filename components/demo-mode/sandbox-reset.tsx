'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
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
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
          <Dialog.Content
            role="alertdialog"
            className="fixed left-1/2 top-1/2 z-50 w-[min(30rem,94vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl dark:bg-slate-900"
          >
            <Dialog.Title className="text-lg font-semibold">Reset the sandbox data?</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              Every change made to the sandbox’s customers on this server — by anyone — is dropped:
              notifications sent, catalogs created, machines powered off, SystemLog records. Tokens stay
              valid.
            </Dialog.Description>
            <div className="mt-5 flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="ghost">Cancel</Button>
              </Dialog.Close>
              <Button variant="danger" onClick={() => reset.mutate()} disabled={reset.isPending}>
                {reset.isPending ? 'Resetting…' : 'Reset'}
              </Button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}
