import { sanitizeInputs } from '@/lib/history/sanitize';
import type { HistoryEntry } from '@/lib/history/store';
import type { FormSpec, FormValues } from '@/lib/invoke-form/types';

import type { SharePayload } from './codec';

/** Values to open the request form with (from a share link or a history entry). */
export interface Prefill {
  params: Record<string, string>;
  body?: string;
  server?: 'regional' | 'global';
  source: 'share' | 'history';
}

/** Keeps only values for parameters this operation has — never Authorization — and drops roles to skip. */
function onlyKnown(
  spec: FormSpec,
  params: Record<string, string>,
  skipSessionHeaders: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const param of spec.params) {
    if (param.role === 'authorization') continue;
    if (skipSessionHeaders && (param.role === 'customer-id' || param.role === 'instance-id')) continue;
    const value = params[param.key];
    if (typeof value === 'string') out[param.key] = value;
  }
  return out;
}

/**
 * A history entry re-opened: what was sent, except Citrix-CustomerId and Citrix-InstanceId, which
 * follow the current profile (history spans profiles; another customer's ID would only fail).
 */
export function prefillFromHistory(spec: FormSpec, entry: HistoryEntry): Prefill | undefined {
  if (entry.serviceId !== spec.serviceId || entry.operationId !== spec.operationId) return undefined;
  return {
    params: onlyKnown(spec, entry.inputs.params, true),
    ...(entry.inputs.body !== undefined ? { body: entry.inputs.body } : {}),
    ...(entry.server ? { server: entry.server } : {}),
    source: 'history',
  };
}

/** A share link opened: the sender's inputs (with the customer's headers only if they ticked it). */
export function prefillFromShare(spec: FormSpec, payload: SharePayload): Prefill | undefined {
  if (payload.s !== spec.serviceId || payload.o !== spec.operationId) return undefined;
  // Sanitised again on the way in: a hand-made link cannot smuggle in an Authorization value.
  const safe = sanitizeInputs(spec, { params: onlyKnown(spec, payload.p, false), body: payload.b ?? '' });
  return {
    params: safe.params,
    ...(payload.b !== undefined && safe.body !== undefined ? { body: safe.body } : {}),
    ...(payload.g ? { server: 'global' as const } : {}),
    source: 'share',
  };
}

/** The payload of a share link for the form as it is now. */
export function buildSharePayload(
  spec: FormSpec,
  values: FormValues,
  options: { includeCustomer: boolean; server: 'regional' | 'global' },
): { payload: SharePayload; omitted: string[] } {
  const safe = sanitizeInputs(
    spec,
    values,
    options.includeCustomer ? {} : { skipRoles: ['customer-id', 'instance-id'] },
  );
  const payload: SharePayload = {
    v: 1,
    s: spec.serviceId,
    o: spec.operationId,
    p: safe.params,
    ...(safe.body !== undefined ? { b: safe.body } : {}),
    ...(options.server === 'global' ? { g: 1 as const } : {}),
  };
  return { payload, omitted: safe.omitted };
}
