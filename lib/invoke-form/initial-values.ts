import type { FormSpec, FormValues, ParamSpec } from './types';

export interface InitialContext {
  /** The session's customer ID, when authenticated. */
  customerId?: string;
}

/**
 * The value a field starts with. Required parameters start from the description's example (the
 * catalog's examples are the sandbox's seeded ids, so "Send" works at once) or default; optional
 * ones start empty so nothing is sent that the user did not ask for (the example shows as a
 * placeholder). The customer ID comes from the session, never from the example.
 */
export function initialParamValue(param: ParamSpec, context: InitialContext): string {
  if (param.role === 'authorization') return '';
  if (param.role === 'customer-id') return context.customerId ?? '';
  if (param.role === 'accept') return param.enum?.[0] ?? param.default ?? 'application/json';
  if (!param.required) return '';
  return param.example ?? param.default ?? param.enum?.[0] ?? '';
}

export function initialValues(spec: FormSpec, context: InitialContext): FormValues {
  const params: Record<string, string> = {};
  for (const param of spec.params) params[param.key] = initialParamValue(param, context);
  return { params, body: spec.body?.example ?? '' };
}
