'use client';

import { useMemo } from 'react';

import { locationOf } from '@/lib/invoke-form/follow-location';
import { nextPageHint, nextPageParams } from '@/lib/invoke-form/next-page';

import { FollowLocation } from './follow-location';
import { InvokeError } from './invoke-error';
import { ResponseView } from './response-view';
import type { InvokeForm } from './use-invoke-form';

/** Parsed once per answer, only to find the next page's token (the body view parses its own). */
function bodyJson(body: string, encoding: string): unknown {
  if (encoding !== 'text' || body.length > 5 * 1024 * 1024) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The answer to the last Send: Citrix's response as data, or our own error as an alert. */
export function ResponseSection({ form }: { form: InvokeForm }) {
  const { mutation, spec } = form;
  const result = mutation.data;
  const next = useMemo(() => {
    if (!result) return undefined;
    const json = bodyJson(result.body, result.bodyEncoding);
    const params = nextPageParams(spec, json);
    return params ? { params, hint: nextPageHint(json) } : undefined;
  }, [result, spec]);
  const location =
    result && result.status >= 200 && result.status < 300 ? locationOf(result.headers) : undefined;
  if (mutation.isIdle) return null;
  return (
    <section aria-labelledby="response-heading" aria-busy={mutation.isPending} className="space-y-4">
      <h2 id="response-heading" className="text-base font-semibold text-slate-900 dark:text-white">
        Response
      </h2>
      <p role="status" className="sr-only">
        {mutation.isPending ? 'Sending…' : result ? `Response ${result.status}` : ''}
      </p>
      {mutation.isPending ? <p className="text-sm text-slate-500">Waiting for the answer…</p> : null}
      {mutation.isError ? <InvokeError error={mutation.error} /> : null}
      {result && mutation.isSuccess ? (
        <ResponseView
          result={result}
          method={mutation.variables?.method ?? spec.method}
          operationId={spec.operationId}
          nextPage={next ? { run: () => form.send(next.params), hint: next.hint } : undefined}
          follow={
            location && mutation.variables && form.service ? (
              <FollowLocation
                key={`${location} ${result.durationMs}`}
                location={location}
                request={mutation.variables}
                service={form.service}
                job={result.status === 202}
                operationId={spec.operationId}
              />
            ) : undefined
          }
          troubleshooting={{
            requestHeaders: mutation.variables?.headers ?? [],
            pastedToken: Boolean(mutation.variables?.authorizationOverride),
            sessionCustomerId: form.authenticated ? form.session?.customerId : undefined,
            // A pasted token is another's: its claims are not the session's.
            tokenCustomerId:
              form.authenticated && !mutation.variables?.authorizationOverride
                ? form.session?.tokenCustomerId
                : undefined,
            onUseSessionToken: form.authenticated ? () => form.setAuthorization(undefined) : undefined,
          }}
        />
      ) : null}
    </section>
  );
}
