'use client';

import { useId, useRef, useState, type RefObject } from 'react';

import { MethodBadge } from '@/components/explorer/method-badge';
import { RecentCalls } from '@/components/history/recent-calls';
import { SharePanel } from '@/components/share/share-panel';
import { useIncomingPrefill, type IncomingPrefill } from '@/components/share/use-incoming-prefill';
import { Button } from '@/components/ui/button';
import type { FormSpec } from '@/lib/invoke-form/types';
import { prefillFromHistory } from '@/lib/share/prefill';

import { RequestForm } from './request-form';
import { ResponseSection } from './response-section';
import { SnippetsPanel } from './snippets-panel';
import type { InvokeService } from './types';
import { useInvokeForm } from './use-invoke-form';

interface InvokePanelProps {
  spec: FormSpec;
  service: InvokeService;
}

/** The operation's path bar with "Invoke API", which opens the request form inline below it. */
export function InvokePanel({ spec, service }: InvokePanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // A share link or "Re-open" from the history opens the panel with the inputs filled in.
  const [incoming, setIncoming] = useState<IncomingPrefill | undefined>(undefined);
  useIncomingPrefill(spec, (arrived) => {
    setIncoming(arrived);
    setOpen(true);
  });
  function toggle() {
    setOpen(!open);
    // Move focus into the panel it opened, after it renders.
    if (!open) window.requestAnimationFrame(() => heading.current?.focus());
  }
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-center gap-3 bg-slate-50 px-4 py-3 dark:bg-slate-900/60">
        <MethodBadge method={spec.method} size="md" />
        <code className="min-w-0 flex-1 break-all font-mono text-sm text-slate-800 dark:text-slate-200">
          <span className="text-slate-600 dark:text-slate-400">{service.basePath}</span>
          {spec.path}
        </code>
        <Button onClick={toggle} aria-expanded={open} aria-controls={panelId}>
          Invoke API
        </Button>
      </div>
      <div id={panelId} hidden={!open}>
        {open ? <OpenPanel spec={spec} service={service} headingRef={heading} incoming={incoming} /> : null}
      </div>
    </div>
  );
}

function OpenPanel({ spec, service, headingRef, incoming }: InvokePanelProps & { headingRef: RefObject<HTMLHeadingElement | null>; incoming?: IncomingPrefill }) {
  const form = useInvokeForm(spec, service, incoming?.ok ? incoming.prefill : undefined);
  return (
    <div className="space-y-8 border-t border-slate-200 px-5 pt-5 dark:border-slate-800">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none dark:text-white">
          Try it
        </h2>
        {service.imported ? null : <SharePanel spec={spec} values={form.values} server={form.server} />}
      </div>
      {incoming ? <PrefillNotice incoming={incoming} /> : null}
      <RequestForm form={form} service={service} />
      <ResponseSection form={form} />
      <RecentCalls serviceId={spec.serviceId} operationId={spec.operationId} onReopen={(entry) => {
          const prefill = prefillFromHistory(spec, entry);
          if (prefill) form.apply(prefill);
        }}
      />
      <section aria-labelledby={`${spec.operationId}-snippets`} className="space-y-3 pb-6">
        <h2 id={`${spec.operationId}-snippets`} className="text-base font-semibold text-slate-900 dark:text-white">
          Code snippets
        </h2>
        <SnippetsPanel request={form.request} service={service} authorization={spec.params.some((param) => param.role === 'authorization')} />
      </section>
    </div>
  );
}

function PrefillNotice({ incoming }: { incoming: IncomingPrefill }) {
  const text = !incoming.ok
    ? incoming.source === 'share'
      ? 'This share link could not be read (or is for another operation): the form shows its defaults.'
      : 'That history entry is no longer in this browser: the form shows its defaults.'
    : incoming.prefill.source === 'share'
      ? 'Filled in from a shared link: review the values, then Send under your own authentication.'
      : 'Filled in from your history. Citrix-CustomerId and Citrix-InstanceId follow your current profile.';
  return (
    <p role="status" data-testid="prefill-notice" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-500/40 dark:bg-sky-500/10 dark:text-sky-200">
      {text}
    </p>
  );
}
