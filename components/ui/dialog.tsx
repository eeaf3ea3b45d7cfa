'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import type { ComponentProps, ReactNode } from 'react';

/**
 * The app's one modal dialog, on Radix: focus moves in and is trapped while it is open, Escape and
 * the overlay close it, and focus returns to what opened it (callers may steer either with
 * onOpenAutoFocus / onCloseAutoFocus). Every dialog has a title and a description, read out when
 * it opens; `hiddenHeading` keeps them for screen readers only.
 */

const WIDTHS = {
  sm: 'w-[min(28rem,calc(100vw-1.5rem))]',
  md: 'w-[min(30rem,calc(100vw-1.5rem))]',
  lg: 'w-[min(34rem,calc(100vw-1.5rem))]',
  xl: 'w-[min(36rem,calc(100vw-1.5rem))]',
  '2xl': 'w-[min(40rem,calc(100vw-1.5rem))]',
} as const;

const PLACEMENTS = {
  /** Centred, padded, scrolling inside when taller than the window. */
  centre: 'top-1/2 max-h-[90dvh] -translate-y-1/2 overflow-y-auto p-4 shadow-xl sm:p-6',
  /** Near the top and unpadded, its content laid out in a column (the command palette). */
  top: 'top-[12vh] flex max-h-[70vh] flex-col overflow-hidden shadow-2xl',
} as const;

type ContentProps = ComponentProps<typeof RadixDialog.Content>;

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** `alertdialog` for a confirmation before something changes or is lost. */
  role?: 'dialog' | 'alertdialog';
  width?: keyof typeof WIDTHS;
  placement?: keyof typeof PLACEMENTS;
  hiddenHeading?: boolean;
  onOpenAutoFocus?: ContentProps['onOpenAutoFocus'];
  onCloseAutoFocus?: ContentProps['onCloseAutoFocus'];
  /** Extra `data-*` attributes on the dialog element (e.g. to tell other code which dialog is open). */
  dataAttributes?: Record<`data-${string}`, string | boolean>;
  children?: ReactNode;
}

export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  role = 'dialog',
  width = 'md',
  placement = 'centre',
  hiddenHeading = false,
  onOpenAutoFocus,
  onCloseAutoFocus,
  dataAttributes,
  children,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <RadixDialog.Content
          {...dataAttributes}
          role={role}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={onCloseAutoFocus}
          className={`fixed left-1/2 z-50 -translate-x-1/2 rounded-lg bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${WIDTHS[width]} ${PLACEMENTS[placement]}`}
        >
          <RadixDialog.Title className={hiddenHeading ? 'sr-only' : 'text-lg font-semibold'}>
            {title}
          </RadixDialog.Title>
          <RadixDialog.Description
            className={hiddenHeading ? 'sr-only' : 'mt-2 text-sm text-slate-600 dark:text-slate-300'}
          >
            {description}
          </RadixDialog.Description>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Closes the dialog it is in (wrap a button with `asChild`). */
export const DialogClose = RadixDialog.Close;
