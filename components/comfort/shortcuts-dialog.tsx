'use client';

import { Fragment } from 'react';

import { Button } from '@/components/ui/button';
import { Dialog, DialogClose } from '@/components/ui/dialog';
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
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      width="xl"
      dataAttributes={{ 'data-comfort-dialog': true }}
      title="Keyboard shortcuts"
      description={
        <>
          Single-key shortcuts (<kbd className="font-mono">/</kbd>, <kbd className="font-mono">?</kbd>) are
          off while you type in a field.
        </>
      }
    >
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
        <DialogClose asChild>
          <Button variant="secondary">Close</Button>
        </DialogClose>
      </div>
    </Dialog>
  );
}
