import type { z } from 'zod';

import { describeIssue, describeZodError, fieldPath } from '@/lib/http/validation-message';

import { citrixError, jsonResponse } from './http';

/** How the sandbox names the value as a whole in its messages. */
const ROOT = { root: 'The request body' };

/**
 * Maps the first zod issue to Citrix's common 400 codes (reference §4), with a message in the
 * product's words (never zod's own text, which names the schema rather than the request).
 */
export function citrixValidationError(error: z.ZodError): Response {
  const issue = error.issues[0];
  if (!issue) return citrixError(400, 'common/invalidJson', 'The request body is not valid');
  const name = fieldPath(issue.path) || 'body';
  const message = describeIssue(issue, ROOT);
  if (issue.code === 'invalid_type' && (!('input' in issue) || issue.input === undefined))
    return citrixError(400, 'common/missing', message, { name });
  if (issue.code === 'invalid_value') return citrixError(400, 'common/invalidEnum', message, { name });
  if (issue.code === 'too_big') return citrixError(400, 'common/tooLong', message, { name });
  if (issue.code === 'too_small') return citrixError(400, 'common/outOfRange', message, { name });
  return citrixError(400, 'common/invalidString', message, { name });
}

/** The first zod issue as a sentence, for services with their own error format. */
export function validationMessage(error: z.ZodError): string {
  return describeZodError(error, ROOT);
}

/** RFC 7807 problem details, the error format of the Administrators API. */
export function problemDetails(status: number, title: string, detail: string, instance: string): Response {
  const section = { 400: '15.5.1', 403: '15.5.4', 404: '15.5.5', 409: '15.5.10' }[status] ?? '15.5.1';
  return jsonResponse(status, {
    type: `https://tools.ietf.org/html/rfc9110#section-${section}`,
    title,
    status,
    detail,
    instance,
  });
}

/** Parses a body with a schema; the error answer is the caller's format. */
export function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
  onError: (error: z.ZodError) => Response = citrixValidationError,
): { ok: true; value: z.output<T> } | { ok: false; response: Response } {
  // reportInput tells a missing field (no input) from a wrong one.
  const result = schema.safeParse(body, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, response: onError(result.error) };
}
