import { isUuid, UUID_EXAMPLE } from '@/lib/http/uuid';

import { checkExtraParam } from './extra-params';
import { checkBody } from './json-body';
import type { FieldErrors, FormSpec, FormValues, ParamSpec } from './types';

export interface ValidationContext {
  /** A session token counts as a filled-in Authorization. */
  authenticated: boolean;
}

export interface ValidationResult {
  ok: boolean;
  /** By parameter key; each message names the parameter. */
  fields: FieldErrors;
  body?: string;
}

const INTEGER = /^-?\d+$/;

/** The first problem with one parameter's value, or undefined. */
export function checkParam(
  param: ParamSpec,
  raw: string,
  context: ValidationContext,
  authorization?: string,
): string | undefined {
  const value = raw.trim();
  if (param.role === 'authorization') {
    if (authorization !== undefined)
      return authorization.trim() === '' && param.required
        ? `${param.name} is required: paste a token or generate one.`
        : undefined;
    return context.authenticated || !param.required
      ? undefined
      : `${param.name} is required: generate a token first (Set Authentication).`;
  }
  if (value === '') return param.required ? `${param.name} is required.` : undefined;
  if (param.enum && param.enum.length > 0 && !param.enum.includes(value)) {
    return `${param.name} must be one of ${param.enum.join(', ')}.`;
  }
  if (param.kind === 'integer' || param.kind === 'number') {
    const number = Number(value);
    if (param.kind === 'integer' ? !INTEGER.test(value) : !Number.isFinite(number) || value === '') {
      return `${param.name} must be ${param.kind === 'integer' ? 'a whole number' : 'a number'}.`;
    }
    if (
      param.minimum !== undefined &&
      param.maximum !== undefined &&
      (number < param.minimum || number > param.maximum)
    ) {
      return `${param.name} must be between ${param.minimum} and ${param.maximum}.`;
    }
    if (param.minimum !== undefined && number < param.minimum)
      return `${param.name} must be at least ${param.minimum}.`;
    if (param.maximum !== undefined && number > param.maximum)
      return `${param.name} must be at most ${param.maximum}.`;
  }
  // A header declared as a uuid (Citrix-TransactionId) would be replaced silently upstream: say so
  // here. Path and query ids are left to the service, whose own 400 or 404 explains them.
  if (param.in === 'header' && param.format === 'uuid' && !isUuid(value))
    return `${param.name} must be a UUID, such as ${UUID_EXAMPLE}.`;
  if (param.kind === 'boolean' && value !== 'true' && value !== 'false')
    return `${param.name} must be true or false.`;
  return undefined;
}

/** Every problem that would stop the request, found before anything is sent. */
export function validateForm(
  spec: FormSpec,
  values: FormValues,
  context: ValidationContext,
): ValidationResult {
  const fields: FieldErrors = {};
  for (const param of spec.params) {
    const problem = checkParam(param, values.params[param.key] ?? '', context, values.authorization);
    if (problem) fields[param.key] = problem;
  }
  for (const extra of values.extra ?? []) {
    const problem = checkExtraParam(extra, spec);
    if (problem) fields[`extra:${extra.id}`] = problem;
  }
  const body = checkBody(values.body, spec.body);
  const result: ValidationResult = { ok: Object.keys(fields).length === 0 && body.ok, fields };
  if (!body.ok) result.body = body.message;
  return result;
}
