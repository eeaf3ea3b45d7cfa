import type { FormSpec, FormValues, ParamSpec } from '@/lib/invoke-form/types';
import { jsonNestingDepth, MAX_JSON_NESTING } from '@/lib/json/nesting-depth';
import { isSecretField, isSecretHeader, isSecretQuery } from '@/lib/security/secret-names';

/**
 * What may be kept (history) or shared (share links) of a request: its non-secret inputs. Never a
 * token or a secret (DESIGN §5). Precise on purpose: `ContinuationToken` is a page cursor, not a
 * credential, and is kept; Authorization, X-AdminCredential and the pasted override are dropped,
 * and so are body fields such as client_secret, ClientSecret or password.
 */

/** A JWT (Citrix tokens are JWTs) anywhere in a value, and a `CwsAuth Bearer=` value. */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const CWS_AUTH = /(cwsauth\s+bearer\s*=\s*)\S+/gi;

export const REDACTED = '<removed>';
/** Bodies over this are not kept (history stays within localStorage's few megabytes). */
export const MAX_KEPT_BODY_CHARS = 16 * 1024;

/** The one rule for secret names, shared with the snippets (re-exported for existing callers). */
export { isSecretField, isSecretHeader, isSecretQuery };

/** Replaces anything that looks like a bearer token inside a value. */
export function redactTokens(value: string): string {
  return value.replace(CWS_AUTH, `$1${REDACTED}`).replace(JWT, REDACTED);
}

function stripJson(value: unknown, path: string, omitted: string[]): unknown {
  if (Array.isArray(value)) return value.map((item, index) => stripJson(item, `${path}[${index}]`, omitted));
  if (typeof value === 'string') return redactTokens(value);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (isSecretField(key)) {
      omitted.push(`body ${at}`);
      continue;
    }
    out[key] = stripJson(item, at, omitted);
  }
  return out;
}

/** A request body without secret fields: JSON and form-urlencoded are understood, other text is redacted. */
export function sanitizeBody(
  body: string,
  contentType: string | undefined,
  omitted: string[],
): string | undefined {
  if (body.trim() === '') return undefined;
  if (body.length > MAX_KEPT_BODY_CHARS) {
    omitted.push('body (too large to keep)');
    return undefined;
  }
  if (/x-www-form-urlencoded/i.test(contentType ?? '')) {
    const form = new URLSearchParams(body.trim());
    const kept = new URLSearchParams();
    for (const [key, value] of form) {
      if (isSecretField(key) || isSecretQuery(key)) omitted.push(`body ${key}`);
      else kept.append(key, redactTokens(value));
    }
    return kept.toString();
  }
  if (jsonNestingDepth(body) > MAX_JSON_NESTING && /^\s*[[{]/.test(body)) {
    // Walking it would overflow the stack; it cannot be checked for secrets, so it is not kept.
    omitted.push('body (nested too deeply to keep)');
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    return JSON.stringify(stripJson(parsed, '', omitted), null, 2);
  } catch {
    // Not JSON: keep the text, without anything shaped like a token or a "secret": "…" pair.
    const before = body;
    const cleaned = redactTokens(body).replace(
      /("?(?:client_?secret|clientsecret|password|passwd|secret)"?\s*[:=]\s*)("[^"]*"|[^\s,&}]+)/gi,
      `$1${REDACTED}`,
    );
    if (cleaned !== before) omitted.push('body (secret-looking values)');
    return cleaned;
  }
}

export interface SanitizedInputs {
  /** Form values by parameter key (`in:name`), non-empty and non-secret only. */
  params: Record<string, string>;
  body?: string;
  /** What was left out, for the user to see (`header X-AdminCredential`, `body client_secret`). */
  omitted: string[];
}

export interface SanitizeOptions {
  /** Leave out parameters of these roles (share links drop the customer's headers unless asked). */
  skipRoles?: ParamSpec['role'][];
}

/** The form's inputs, minus anything that authenticates: safe to keep in history or put in a link. */
export function sanitizeInputs(
  spec: FormSpec,
  values: FormValues,
  options: SanitizeOptions = {},
): SanitizedInputs {
  const params: Record<string, string> = {};
  const omitted: string[] = [];
  for (const param of spec.params) {
    const value = (values.params[param.key] ?? '').trim();
    if (param.role === 'authorization') continue;
    if (value === '') continue;
    if (param.role && options.skipRoles?.includes(param.role)) continue;
    if (
      (param.in === 'header' && isSecretHeader(param.name)) ||
      (param.in === 'query' && isSecretQuery(param.name))
    ) {
      omitted.push(`${param.in} ${param.name}`);
      continue;
    }
    params[param.key] = redactTokens(value);
  }
  const body =
    spec.body && spec.method !== 'GET'
      ? sanitizeBody(values.body, spec.body.contentType, omitted)
      : undefined;
  return { params, ...(body !== undefined ? { body } : {}), omitted };
}
