'use client';

import type { ComponentProps } from 'react';

import { lazyModule, useLazyModule } from '@/components/ui/lazy-module';

import type { ConfirmSendDialog } from './confirm-send-dialog';

const confirmSendDialog = lazyModule(() =>
  import('./confirm-send-dialog').then((module) => module.ConfirmSendDialog),
);

/**
 * Demo mode's "are you sure?" (ConfirmSendDialog), whose code — a Radix dialog — loads only where a
 * request will need it: `needed` (demo mode is on and the call changes something), right after the
 * form shows. Every other form, the operation page's first among them, opens without it.
 */
export function LazyConfirmSendDialog({
  needed,
  ...props
}: ComponentProps<typeof ConfirmSendDialog> & { needed: boolean }) {
  const { value: Dialog, failed } = useLazyModule(confirmSendDialog, needed);
  if (Dialog) return <Dialog {...props} />;
  if (props.open && failed)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        The confirmation did not load, so nothing was sent: reload the page to try again.
      </p>
    );
  return null;
}
