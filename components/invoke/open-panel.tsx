'use client';

import { useEffect, type RefObject } from 'react';

import { RecentCalls } from '@/components/history/recent-calls';
import { SharePanel } from '@/components/share/share-panel';
import type { IncomingPrefill } from '@/components/share/use-incoming-prefill';
import type { FormSpec } from '@/lib/invoke-form/types';
import { prefillFromHistory } from '@/lib/share/prefill';

import { RequestForm } from './request-form';
import { ResponseSection } from './response-section';
import { SnippetsPanel } from './snippets-panel';
import type { InvokeService } from './types';
import { useInvokeForm } from './use-invoke-form';

interface OpenPanelProps {
  spec: FormSpec;
  service: InvokeService;
  headingRef: RefObject<HTMLHeadingElement | null>;
  incoming?: IncomingPrefill;
  /** Move focus to the panel's heading once it shows (opened with the "Invoke API" button). */
  focusHeading?: boolean;
}

/**
 * The open "Invoke API" panel: request form, response, history, share link and snippets. It is
 * loaded on demand (components/invoke/invoke-panel.tsx) — none of it is needed to show the page.
 */
export function OpenPanel({ spec, service, headingRef, incoming, focusHeading = false }: OpenPanelProps) {
  const form = useInvokeForm(spec, service, incoming?.ok ? incoming.prefill : undefined);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
    // Only when the panel first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="space-y-8 border-t border-slate-200 px-5 pt-5 dark:border-slate-800">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="text-base font-semibold text-slate-900 focus:outline-none dark:text-white"
        >
          Try it
        </h2>
        {service.imported ? null : <SharePanel spec={spec} values={form.values} server={form.server} />}
      </div>
      {incoming ? <PrefillNotice incoming={incoming} /> : null}
      <RequestForm form={form} service={service} />
      <ResponseSection form={form} />
      <RecentCalls
        serviceId={spec.serviceId}
        operationId={spec.operationId}
        onReopen={(entry) => {
          const prefill = prefillFromHistory(spec, entry);
          if (prefill) form.apply(prefill);
        }}
      />
      <section aria-labelledby={`${spec.operationId}-snippets`} className="space-y-3 pb-6">
        <h2
          id={`${spec.operationId}-snippets`}
          className="text-base font-semibold text-slate-900 dark:text-white"
        >
          Code snippets
        </h2>
        <SnippetsPanel
          request={form.request}
          service={service}
          authorization={spec.params.some((param) => param.role === 'authorization')}
        />
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
    <p
      role="status"
      data-testid="prefill-notice"
      className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-500/40 dark:bg-sky-500/10 dark:text-sky-200"
    >
      {text}
    </p>
  );
}
