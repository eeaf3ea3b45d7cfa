'use client';

import { useId, useRef, useState, type ReactNode } from 'react';

import { useIncomingPrefill, type IncomingPrefill } from '@/components/share/use-incoming-prefill';
import { useEarlyClick } from '@/components/shell/use-early-click';
import { Button } from '@/components/ui/button';
import { lazyModule, useLazyModule } from '@/components/ui/lazy-module';
import { EARLY_CLICK_ATTRIBUTE } from '@/lib/early-click/protocol';
import type { FormSpec } from '@/lib/invoke-form/types';

import type { InvokeService } from './types';

/**
 * The request form and all it brings (response view, snippets, history, share links) load apart from
 * the page, as soon as this module runs in the browser (again on opening if that failed), and show
 * on a state update rather than through React.lazy (see components/ui/lazy-module.ts).
 */
const openPanel = lazyModule(() => import('./open-panel').then((module) => module.OpenPanel));
// The form is what an operation page is for: its code starts loading while the page boots, so the
// first click only renders it. A failure here is retried when the panel opens.
if (typeof window !== 'undefined') openPanel.load().catch(() => undefined);

/** "Invoke API" clicked before the page had hydrated opens the form once it has (app/layout.tsx). */
const INVOKE_EARLY_CLICK = 'invoke-api';

function LoadingForm({ failed }: { failed: boolean }) {
  return (
    <p
      role={failed ? 'alert' : 'status'}
      className="border-t border-slate-200 px-5 py-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-300"
    >
      {failed ? 'The request form did not load: reload the page.' : 'Loading the request form…'}
    </p>
  );
}

interface InvokePanelProps {
  spec: FormSpec;
  service: InvokeService;
  /** The operation's method badge, drawn by the caller (a server component, on the catalog's pages). */
  badge: ReactNode;
}

/** The operation's path bar with "Invoke API", which opens the request form inline below it. */
export function InvokePanel({ spec, service, badge }: InvokePanelProps) {
  const [open, setOpen] = useState(false);
  const [focusHeading, setFocusHeading] = useState(false);
  const panelId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // A share link or "Re-open" from the history opens the panel with the inputs filled in.
  const [incoming, setIncoming] = useState<IncomingPrefill | undefined>(undefined);
  useIncomingPrefill(spec, (arrived) => {
    setIncoming(arrived);
    setFocusHeading(false);
    setOpen(true);
  });
  const { value: OpenPanel, failed: loadFailed } = useLazyModule(openPanel, open);
  function toggle() {
    // Move focus into the panel it opens, once it has loaded and rendered.
    setFocusHeading(!open);
    setOpen(!open);
  }
  useEarlyClick(INVOKE_EARLY_CLICK, () => {
    // Focus follows as after any click on it, unless the person has moved on meanwhile.
    const active = document.activeElement;
    setFocusHeading(!active || active === document.body || active.hasAttribute(EARLY_CLICK_ATTRIBUTE));
    setOpen(true);
  });
  return (
    <div className="overflow-clip rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-center gap-3 bg-slate-50 px-4 py-3 dark:bg-slate-900/60">
        {badge}
        <code className="min-w-0 flex-1 break-all font-mono text-sm text-slate-800 dark:text-slate-200">
          <span className="text-slate-600 dark:text-slate-400">{service.basePath}</span>
          {spec.path}
        </code>
        <Button
          onClick={toggle}
          aria-expanded={open}
          aria-controls={panelId}
          {...{ [EARLY_CLICK_ATTRIBUTE]: INVOKE_EARLY_CLICK }}
        >
          Invoke API
        </Button>
      </div>
      <div id={panelId} hidden={!open}>
        {!open ? null : OpenPanel ? (
          <OpenPanel
            spec={spec}
            service={service}
            headingRef={heading}
            incoming={incoming}
            focusHeading={focusHeading}
          />
        ) : (
          <LoadingForm failed={loadFailed} />
        )}
      </div>
    </div>
  );
}
