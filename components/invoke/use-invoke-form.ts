'use client';

import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';

import { useSession } from '@/components/auth/use-session';
import { useHistoryRecorder, type SentCall } from '@/components/history/use-history';
import { useRegion } from '@/components/shell/region-provider';
import { toImportedInvokeRequest } from '@/lib/import/invoke-request';
import { invokeImported } from '@/lib/import/served-document';
import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import type { ExtraParam } from '@/lib/invoke-form/extra-params';
import { initialValues } from '@/lib/invoke-form/initial-values';
import type { FormSpec, FormValues } from '@/lib/invoke-form/types';
import { validateForm } from '@/lib/invoke-form/validate';
import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';
import type { Prefill } from '@/lib/share/prefill';

import type { InvokeService } from './types';
import { useDaasSites } from './use-daas-sites';

/**
 * The state of one request form. Values the user has not touched follow their source: the
 * customer ID follows the session and the instance ID the first DaaS site, so signing in after
 * opening the form still fills them. What the user typed always wins.
 */
export function useInvokeForm(spec: FormSpec, service?: InvokeService, prefill?: Prefill) {
  const { data: session } = useSession();
  const { region: headerRegion } = useRegion();
  const authenticated = session?.authenticated === true;
  // A token belongs to one region: calls go there, whatever the header's picker says.
  const region = authenticated && session.region ? session.region : headerRegion;
  const [initial] = useState(() => initialValues(spec, {}));
  // A share link or a history entry fills the form as if the user had typed it.
  const [typed, setTyped] = useState<Record<string, string>>(() => prefill?.params ?? {});
  const [body, setBody] = useState(() => prefill?.body ?? initial.body);
  const [authorization, setAuthorization] = useState<string | undefined>(undefined);
  const [server, setServer] = useState<'regional' | 'global'>(() => prefill?.server ?? 'regional');
  const [attempted, setAttempted] = useState(false);
  const [extra, setExtra] = useState<ExtraParam[]>([]);

  const instanceParam = spec.params.find((param) => param.role === 'instance-id');
  const sites = useDaasSites(Boolean(instanceParam) && authenticated, region, session?.customerId);

  const customerId = session?.customerId;
  const firstSite = sites.data?.[0]?.id;
  const values: FormValues = useMemo(() => {
    const params = { ...initial.params };
    for (const param of spec.params) {
      if (param.role === 'customer-id' && customerId) params[param.key] = customerId;
      if (param.role === 'instance-id' && firstSite) params[param.key] = firstSite;
    }
    return { params: { ...params, ...typed }, body, authorization, extra };
  }, [initial, spec.params, customerId, firstSite, typed, body, authorization, extra]);

  const validation = useMemo(
    () => validateForm(spec, values, { authenticated }),
    [spec, values, authenticated],
  );
  const request = useMemo(
    () => buildInvokeRequest(spec, values, { region, server }),
    [spec, values, region, server],
  );

  const controller = useRef<AbortController | null>(null);
  // Every call goes into the history (its non-secret inputs only): the values behind each request.
  const recordHistory = useHistoryRecorder(spec, service?.imported === true);
  const sentCalls = useRef(new WeakMap<InvokeRequestInput, Omit<SentCall, 'request'>>());
  const record = (input: InvokeRequestInput, outcome: { result?: InvokeResult; error?: unknown }) => {
    const sent = sentCalls.current.get(input);
    if (sent) recordHistory({ ...sent, request: input }, outcome);
  };
  const mutation = useMutation({
    mutationKey: ['invoke', spec.serviceId, spec.operationId],
    mutationFn: async (input: InvokeRequestInput) => {
      controller.current = new AbortController();
      try {
        // An imported document's call names its mapped target (and, on the sandbox, the document).
        const result = service?.imported
          ? await invokeImported(
              service.id,
              toImportedInvokeRequest(input, service),
              controller.current.signal,
            )
          : await fetchJson<InvokeResult>('/api/invoke', {
              method: 'POST',
              body: input,
              signal: controller.current.signal,
            });
        record(input, { result });
        return result;
      } catch (error) {
        record(input, { error });
        throw error;
      }
    },
  });

  /**
   * Sends the form, or reports what is missing without sending anything. `skipChecks` sends it
   * as it is ("Call anyway"), to see how Citrix answers a request the form would not let through.
   */
  function send(overrides: Record<string, string> = {}, options: { skipChecks?: boolean } = {}): boolean {
    // A call sent as it is ("Call anyway") hides the form's objections: the answer explains itself.
    setAttempted(!options.skipChecks);
    const next = { ...values, params: { ...values.params, ...overrides } };
    if (Object.keys(overrides).length > 0) setTyped((current) => ({ ...current, ...overrides }));
    if (!options.skipChecks && !validateForm(spec, next, { authenticated }).ok) {
      // The last answer no longer matches the form: it goes, so nothing looks like it was sent.
      mutation.reset();
      return false;
    }
    const request = buildInvokeRequest(spec, next, { region, server });
    sentCalls.current.set(request, { values: next, startedAt: Date.now() });
    mutation.mutate(request);
    return true;
  }

  /** Fills the form from a history entry or a share link (what the user typed is replaced). */
  function apply(values: Prefill) {
    setTyped(values.params);
    setBody(values.body ?? initial.body);
    setServer(values.server ?? 'regional');
    setAttempted(false);
  }

  return {
    spec,
    service,
    session,
    authenticated,
    region,
    values,
    setParam: (key: string, value: string) => setTyped((current) => ({ ...current, [key]: value })),
    setBody,
    setAuthorization,
    setExtra,
    server,
    setServer,
    sites,
    // Errors show once the user has tried to send, then update live as they fix them.
    validation,
    showErrors: attempted,
    request,
    mutation,
    send,
    apply,
    cancel: () => controller.current?.abort(),
    resetBody: () => setBody(initial.body),
  };
}

export type InvokeForm = ReturnType<typeof useInvokeForm>;
