'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { Fragment } from 'react';

import { Button } from '@/components/ui/button';
import { SHORTCUTS } from '@/lib/keyboard/shortcuts';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? (
            <span aria-hidden className="text-slate-500 dark:text-slate-400">
              +
            </span>
          ) : null}
          <kbd className="min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs text-slate-800 shadow-[inset_0_-1px_0] shadow-slate-300 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:shadow-slate-600">
            {key}
          </kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** "Keyboard shortcuts" (`?`): every shortcut of the app, grouped. */
export function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <Dialog.Content
          data-comfort-dialog
          className="fixed left-1/2 top-1/2 z-50 max-h-[85vh] w-[min(36rem,94vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 text-slate-900 shadow-xl dark:bg-slate-900 dark:text-slate-100"
        >
          <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Single-key shortcuts (<kbd className="font-mono">/</kbd>, <kbd className="font-mono">?</kbd>) are
            off while you type in a field.
          </Dialog.Description>
          <div className="mt-4 space-y-5">
            {SHORTCUTS.map((group) => (
              <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
                <h3
                  id={`shortcuts-${group.title}`}
                  className="text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-300"
                >
                  {group.title}
                </h3>
                <dl className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
                  {group.shortcuts.map((shortcut) => (
                    <div key={shortcut.description} className="flex items-center justify-between gap-4 py-2">
                      <dt className="text-sm">{shortcut.description}</dt>
                      <dd className="flex shrink-0 flex-wrap items-center justify-end gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
                        {shortcut.keys.map((keys, index) => (
                          <Fragment key={keys.join('+')}>
                            {index > 0 ? <span>or</span> : null}
                            <Keys keys={keys} />
                          </Fragment>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <div className="mt-6 flex justify-end">
            <Dialog.Close asChild>
              <Button variant="secondary">Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
