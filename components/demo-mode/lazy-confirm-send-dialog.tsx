'use client';

import { useEffect, useState, type ComponentProps } from 'react';

import type { ConfirmSendDialog } from './confirm-send-dialog';

type Dialog = typeof ConfirmSendDialog;

let loaded: Dialog | undefined;
let loading: Promise<Dialog> | undefined;
function load(): Promise<Dialog> {
  loading ??= import('./confirm-send-dialog').then(
    (module) => (loaded = module.ConfirmSendDialog),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Demo mode's "are you sure?" (ConfirmSendDialog), whose code — a Radix dialog — loads only where a
 * request will need it: `needed` (demo mode is on and the call changes something), right after the
 * form shows. Every other form, the operation page's first among them, opens without it.
 */
export function LazyConfirmSendDialog({ needed, ...props }: ComponentProps<Dialog> & { needed: boolean }) {
  const [Loaded, setLoaded] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || Loaded) return;
    let live = true;
    load().then(
      (dialog) => live && setLoaded(() => dialog),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, Loaded]);
  if (Loaded) return <Loaded {...props} />;
  if (props.open && failed)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        The confirmation did not load, so nothing was sent: reload the page to try again.
      </p>
    );
  return null;
}
