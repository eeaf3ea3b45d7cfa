import { jsonNestingDepth, MAX_JSON_NESTING } from '@/lib/json/nesting-depth';

import { envRefFor, isSecretField } from './secrets';
import type { EnvRef, JsonValue, SnippetBody } from './types';

/**
 * The largest body a snippet prints. A snippet is read and copied by a person; a larger body
 * (the proxy takes up to 1 MB) still goes out from the form, and the panel says why there is
 * no snippet instead of building megabytes of code on every keystroke.
 */
export const MAX_SNIPPET_BODY_CHARS = 128 * 1024;

/** Replaces the values of secret-named fields, at any depth, by environment variables. */
function redact(value: unknown): { value: JsonValue; replaced: boolean } {
  if (Array.isArray(value)) {
    const items = value.map(redact);
    return { value: items.map((item) => item.value), replaced: items.some((item) => item.replaced) };
  }
  if (typeof value === 'object' && value !== null) {
    let replaced = false;
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      let printed: JsonValue;
      if (typeof item === 'string' && item !== '' && isSecretField(key)) {
        printed = envRefFor(key);
        replaced = true;
      } else {
        const inner = redact(item);
        printed = inner.value;
        replaced ||= inner.replaced;
      }
      // An own property even for `__proto__` (plain assignment would set the prototype).
      Object.defineProperty(out, key, {
        value: printed,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return { value: out, replaced };
  }
  return { value: value as JsonValue, replaced: false };
}

const isJson = (contentType: string) => /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
const isForm = (contentType: string) => /^application\/x-www-form-urlencoded\b/i.test(contentType.trim());

function kilobytes(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** Why a body cannot be shown in a snippet, or undefined when it can. */
export function snippetBodyRefusal(body: { contentType: string; text: string }): string | undefined {
  if (body.text.length > MAX_SNIPPET_BODY_CHARS) {
    return `The request body is too large to show a snippet (${kilobytes(body.text.length)}; snippets are shown for bodies up to ${kilobytes(MAX_SNIPPET_BODY_CHARS)}).`;
  }
  if (isJson(body.contentType) && jsonNestingDepth(body.text) > MAX_JSON_NESTING) {
    return `The request body is nested too deeply to show a snippet (more than ${MAX_JSON_NESTING} levels).`;
  }
  return undefined;
}

/** Decides how a body is printed: as JSON, as form fields, verbatim, or not at all. */
export function toSnippetBody(body: { contentType: string; text: string }): SnippetBody {
  const refusal = snippetBodyRefusal(body);
  if (refusal) return { kind: 'too-large', reason: refusal };
  if (isForm(body.contentType)) {
    const fields = [...new URLSearchParams(body.text)].map(([name, value]): [string, string | EnvRef] => [
      name,
      value !== '' && isSecretField(name) ? envRefFor(name) : value,
    ]);
    return { kind: 'form', fields };
  }
  if (isJson(body.contentType)) {
    try {
      const { value, replaced } = redact(JSON.parse(body.text));
      return { kind: 'json', value, text: body.text, hasEnvRefs: replaced };
    } catch {
      // Not valid JSON (the form refuses to send it, but a snippet can still show it): verbatim.
    }
  }
  return { kind: 'text', text: body.text };
}
