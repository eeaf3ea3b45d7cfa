'use client';

import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';

import { useSession } from '@/components/auth/use-session';
import { useRegion } from '@/components/shell/region-provider';
import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import { initialValues } from '@/lib/invoke-form/initial-values';
import type { FormSpec, FormValues } from '@/lib/invoke-form/types';
import { validateForm } from '@/lib/invoke-form/validate';
import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

import { useDaasSites } from './use-daas-sites';

/**
 * The state of one request form. Values the user has not touched follow their source: the
 * customer ID follows the session and the instance ID the first DaaS site, so signing in after
 * opening the form still fills them. What the user typed always wins.
 */
export function useInvokeForm(spec: FormSpec) {
  const { data: session } = useSession();
  const { region: headerRegion } = useRegion();
  const authenticated = session?.authenticated === true;
  // A token belongs to one region: calls go there, whatever the header's picker says.
  const region = authenticated && session.region ? session.region : headerRegion;
  const [initial] = useState(() => initialValues(spec, {}));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [body, setBody] = useState(initial.body);
  const [authorization, setAuthorization] = useState<string | undefined>(undefined);
  const [server, setServer] = useState<'regional' | 'global'>('regional');
  const [attempted, setAttempted] = useState(false);

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
    return { params: { ...params, ...typed }, body, authorization };
  }, [initial, spec.params, customerId, firstSite, typed, body, authorization]);

  const validation = useMemo(() => validateForm(spec, values, { authenticated }), [spec, values, authenticated]);
  const request = useMemo(() => buildInvokeRequest(spec, values, { region, server }), [spec, values, region, server]);

  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationKey: ['invoke', spec.serviceId, spec.operationId],
    mutationFn: (input: InvokeRequestInput) => {
      controller.current = new AbortController();
      return fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: input, signal: controller.current.signal });
    },
  });

  /** Sends the form, or reports what is missing without sending anything. */
  function send(overrides: Record<string, string> = {}): boolean {
    setAttempted(true);
    const next = { ...values, params: { ...values.params, ...overrides } };
    if (Object.keys(overrides).length > 0) setTyped((current) => ({ ...current, ...overrides }));
    if (!validateForm(spec, next, { authenticated }).ok) return false;
    mutation.mutate(buildInvokeRequest(spec, next, { region, server }));
    return true;
  }

  return {
    spec,
    session,
    authenticated,
    region,
    values,
    setParam: (key: string, value: string) => setTyped((current) => ({ ...current, [key]: value })),
    setBody,
    setAuthorization,
    server,
    setServer,
    sites,
    // Errors show once the user has tried to send, then update live as they fix them.
    validation,
    showErrors: attempted,
    request,
    mutation,
    send,
    cancel: () => controller.current?.abort(),
    resetBody: () => setBody(initial.body),
  };
}

export type InvokeForm = ReturnType<typeof useInvokeForm>;
