'use client';

import * as Dialog from '@radix-ui/react-dialog';

import { Button } from '@/components/ui/button';

interface ConfirmSendDialogProps {
  open: boolean;
  method: string;
  /** What will be called, e.g. `POST /notifications/`. */
  target: string;
  customerId?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Demo mode's "are you sure?" before a call that changes something. Escape or Cancel sends nothing. */
export function ConfirmSendDialog({
  open,
  method,
  target,
  customerId,
  onConfirm,
  onCancel,
}: ConfirmSendDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onCancel())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <Dialog.Content
          role="alertdialog"
          className="fixed left-1/2 top-1/2 z-50 w-[min(30rem,94vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl dark:bg-slate-900"
        >
          <Dialog.Title className="text-lg font-semibold">Send this {method} request?</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            Demo mode is on: calls that change data ask first. This one will{' '}
            {method === 'DELETE' ? 'delete' : method === 'POST' ? 'create or run' : 'change'} something
            {customerId ? (
              <>
                {' '}
                for customer <strong>{customerId}</strong>
              </>
            ) : null}
            .
          </Dialog.Description>
          <p className="mt-3 break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-xs dark:bg-slate-800">
            {target}
          </p>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="ghost">Cancel</Button>
            </Dialog.Close>
            <Button variant={method === 'DELETE' ? 'danger' : 'primary'} onClick={onConfirm}>
              Confirm {method}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
