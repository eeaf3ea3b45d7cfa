import { envRefFor, isSecretName } from './secrets';
import type { EnvRef, JsonValue, SnippetBody } from './types';

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
      if (typeof item === 'string' && item !== '' && isSecretName(key)) {
        out[key] = envRefFor(key);
        replaced = true;
      } else {
        const inner = redact(item);
        out[key] = inner.value;
        replaced ||= inner.replaced;
      }
    }
    return { value: out, replaced };
  }
  return { value: value as JsonValue, replaced: false };
}

const isJson = (contentType: string) => /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
const isForm = (contentType: string) => /^application\/x-www-form-urlencoded\b/i.test(contentType.trim());

/** Decides how a body is printed: as JSON, as form fields, or verbatim. */
export function toSnippetBody(body: { contentType: string; text: string }): SnippetBody {
  if (isForm(body.contentType)) {
    const fields = [...new URLSearchParams(body.text)].map(([name, value]): [string, string | EnvRef] => [
      name,
      value !== '' && isSecretName(name) ? envRefFor(name) : value,
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
