'use client';

import { useId, useRef, useState, type RefObject } from 'react';

import { MethodBadge } from '@/components/explorer/method-badge';
import { Button } from '@/components/ui/button';
import type { FormSpec } from '@/lib/invoke-form/types';

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
          <span className="text-slate-400 dark:text-slate-500">{service.basePath}</span>
          {spec.path}
        </code>
        <Button onClick={toggle} aria-expanded={open} aria-controls={panelId}>
          Invoke API
        </Button>
      </div>
      <div id={panelId} hidden={!open}>
        {open ? <OpenPanel spec={spec} service={service} headingRef={heading} /> : null}
      </div>
    </div>
  );
}

function OpenPanel({ spec, service, headingRef }: InvokePanelProps & { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const form = useInvokeForm(spec);
  return (
    <div className="space-y-8 border-t border-slate-200 px-5 pt-5 dark:border-slate-800">
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none dark:text-white">
        Try it
      </h2>
      <RequestForm form={form} service={service} />
      <ResponseSection form={form} />
      <section aria-labelledby={`${spec.operationId}-snippets`} className="space-y-3 pb-6">
        <h2 id={`${spec.operationId}-snippets`} className="text-base font-semibold text-slate-900 dark:text-white">
          Code snippets
        </h2>
        <SnippetsPanel request={form.request} service={service} authorization={spec.params.some((param) => param.role === 'authorization')} />
      </section>
    </div>
  );
}
