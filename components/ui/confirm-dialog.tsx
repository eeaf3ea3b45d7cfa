'use client';

import type { ReactNode } from 'react';

import { Button, type ButtonProps } from './button';
import { Dialog, DialogClose, type DialogProps } from './dialog';

interface ConfirmDialogProps extends Pick<
  DialogProps,
  'open' | 'onOpenChange' | 'title' | 'description' | 'width'
> {
  confirmLabel: ReactNode;
  confirmVariant?: ButtonProps['variant'];
  confirmDisabled?: boolean;
  onConfirm: () => void;
  /** Shown between the description and the buttons (e.g. the request about to be sent). */
  children?: ReactNode;
}

/** "Are you sure?" before something changes or is lost: Cancel (or Escape) does nothing. */
export function ConfirmDialog({
  confirmLabel,
  confirmVariant = 'danger',
  confirmDisabled,
  onConfirm,
  children,
  ...dialog
}: ConfirmDialogProps) {
  return (
    <Dialog {...dialog} role="alertdialog">
      {children}
      <div className="mt-5 flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="ghost">Cancel</Button>
        </DialogClose>
        <Button variant={confirmVariant} onClick={onConfirm} disabled={confirmDisabled}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
