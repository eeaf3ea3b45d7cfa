'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';

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
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onCancel())}
      title={`Send this ${method} request?`}
      description={
        <>
          Demo mode is on: calls that change data ask first. This one will{' '}
          {method === 'DELETE' ? 'delete' : method === 'POST' ? 'create or run' : 'change'} something
          {customerId ? (
            <>
              {' '}
              for customer <strong>{customerId}</strong>
            </>
          ) : null}
          .
        </>
      }
      confirmLabel={`Confirm ${method}`}
      confirmVariant={method === 'DELETE' ? 'danger' : 'primary'}
      onConfirm={onConfirm}
    >
      <p className="mt-3 break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-xs dark:bg-slate-800">
        {target}
      </p>
    </ConfirmDialog>
  );
}
