'use client';

import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';

import { LazyConfirmSendDialog } from '@/components/demo-mode/lazy-confirm-send-dialog';
import { useDemoMode } from '@/components/demo-mode/use-demo-mode';
import { useOrigin } from '@/components/explorer/use-origin';
import { Button } from '@/components/ui/button';
import { isMutatingMethod } from '@/lib/demo-mode/methods';
import { toSnippetRequest } from '@/lib/snippets/from-invoke-request';
import { urlWithQuery } from '@/lib/snippets/request-parts';

import { BodyEditor } from './body-editor';
import { extraFieldId } from './extra-params';
import { fieldId } from './param-field';
import { RequestFields } from './request-fields';
import { RequestTarget } from './request-target';
import type { InvokeService } from './types';
import type { InvokeForm } from './use-invoke-form';

/** The request form: target, generated fields, body, the URL that will be called, and Send. */
export function RequestForm({ form, service }: { form: InvokeForm; service: InvokeService }) {
  const origin = useOrigin();
  const preview = useMemo(() => {
    const snippet = toSnippetRequest(form.request, service, origin);
    return snippet ? urlWithQuery(snippet.url, snippet.query) : undefined;
  }, [form.request, service, origin]);
  const problems = form.showErrors
    ? [...Object.values(form.validation.fields), ...(form.validation.body ? [form.validation.body] : [])]
    : [];
  // Demo mode: a call that changes something waits for "Confirm" in a dialog.
  const [demoMode] = useDemoMode();
  const [confirming, setConfirming] = useState<{ skipChecks: boolean } | null>(null);
  const needsConfirmation = demoMode && isMutatingMethod(form.spec.method);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsConfirmation && form.validation.ok) return setConfirming({ skipChecks: false });
    if (form.send()) return;
    // Move to the first field that needs fixing, so keyboard users land on it.
    const first = form.spec.params.find((param) => form.validation.fields[param.key]);
    const firstExtra = (form.values.extra ?? []).find((extra) => form.validation.fields[`extra:${extra.id}`]);
    const field = document.getElementById(
      first ? fieldId(first) : firstExtra ? extraFieldId(firstExtra) : 'invoke-request-body',
    );
    field?.focus({ preventScroll: true });
    // Centred: clear of the sticky header above and the sticky Send bar below.
    field?.scrollIntoView({ block: 'center' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label="Request"
      // Whatever scrolls a field into view leaves room for the sticky header and the Send bar.
      className="space-y-8 [&_:is(input,select,textarea,button,a)]:scroll-mb-24 [&_:is(input,select,textarea,button,a)]:scroll-mt-40"
    >
      <RequestTarget form={form} service={service} />
      {problems.length > 0 ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
        >
          <p className="font-semibold">
            Nothing was sent. Fix {problems.length === 1 ? 'this' : 'these'} first:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {/* Troubleshooting: see how Citrix answers the request as it is (the answer is explained). */}
          <Button
            size="sm"
            variant="secondary"
            className="mt-2"
            onClick={() =>
              needsConfirmation ? setConfirming({ skipChecks: true }) : form.send({}, { skipChecks: true })
            }
          >
            Call anyway
          </Button>
        </div>
      ) : null}
      <RequestFields form={form} />
      {form.spec.body && form.spec.method !== 'GET' ? (
        <BodyEditor
          body={form.spec.body}
          value={form.values.body}
          onChange={form.setBody}
          onReset={form.resetBody}
          error={form.showErrors ? form.validation.body : undefined}
        />
      ) : null}
      <div className="sticky bottom-0 -mx-5 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-5 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <code
          className="min-w-0 flex-1 truncate font-mono text-[12.5px] text-slate-600 dark:text-slate-400"
          title={preview}
        >
          <span className="font-bold text-slate-800 dark:text-slate-200">{form.spec.method}</span>{' '}
          {preview ?? 'Not available in this region'}
        </code>
        {problems.length > 0 ? (
          <p
            data-testid="send-blocked"
            className="w-full text-sm font-medium text-red-700 sm:w-auto dark:text-red-300"
          >
            Nothing was sent: {problems.length === 1 ? '1 field needs' : `${problems.length} fields need`}{' '}
            fixing above.
          </p>
        ) : (
          <span className="hidden text-xs text-slate-500 sm:inline dark:text-slate-400">Ctrl/⌘ + Enter</span>
        )}
        {form.mutation.isPending ? (
          <Button variant="secondary" onClick={form.cancel}>
            Cancel
          </Button>
        ) : null}
        <Button
          type="submit"
          disabled={form.mutation.isPending}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          className="min-w-24"
        >
          {form.mutation.isPending ? 'Sending…' : 'Send'}
        </Button>
      </div>
      <LazyConfirmSendDialog
        needed={needsConfirmation}
        open={confirming !== null}
        method={form.spec.method}
        target={preview ?? form.spec.path}
        customerId={form.request.headers?.find(([name]) => name.toLowerCase() === 'citrix-customerid')?.[1]}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const options = confirming ?? { skipChecks: false };
          setConfirming(null);
          form.send({}, options);
        }}
      />
    </form>
  );
}
