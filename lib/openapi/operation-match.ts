/**
 * Matches a concrete path (`/Machines/abc/$start`) against the path templates of a service's
 * OpenAPI document (`/Machines/{nameOrId}/$start`), so the proxy only sends what the description
 * declares. Pure; reads the document defensively (it is plain JSON-like data).
 */

import { OPENAPI_METHODS } from '@/lib/http/methods';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `{param}` matches one non-empty segment (or part of one, as in `Machines({id})`). */
function templateRegExp(template: string): RegExp {
  const source = template
    .split(/(\{[^}/]+\})/)
    .map((part) => (/^\{[^}/]+\}$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('');
  // Literal segments compare case-insensitively, as the Citrix gateway (and the sandbox) route them.
  return new RegExp(`^${source}$`, 'i');
}

const cache = new WeakMap<object, { template: string; pattern: RegExp; methods: Set<string> }[]>();

function templatesOf(document: Record<string, unknown>) {
  let entries = cache.get(document);
  if (entries) return entries;
  const paths = document.paths;
  entries = [];
  if (paths && typeof paths === 'object') {
    for (const [template, item] of Object.entries(paths as Record<string, unknown>)) {
      if (!template.startsWith('/') || !item || typeof item !== 'object') continue;
      const methods = new Set(
        OPENAPI_METHODS.filter((key) => (item as Record<string, unknown>)[key] !== undefined).map((key) =>
          key.toUpperCase(),
        ),
      );
      entries.push({ template, pattern: templateRegExp(template), methods });
    }
  }
  cache.set(document, entries);
  return entries;
}

export type OperationMatch =
  | { ok: true; template: string }
  | { ok: false; reason: 'no-path' }
  | { ok: false; reason: 'no-method'; allowed: string[] };

/** Whether `method path` is an operation the document declares (any matching template will do). */
export function matchOperation(
  document: Record<string, unknown>,
  method: string,
  path: string,
): OperationMatch {
  const matching = templatesOf(document).filter((entry) => entry.pattern.test(path));
  if (matching.length === 0) return { ok: false, reason: 'no-path' };
  const upper = method.toUpperCase();
  const hit = matching.find((entry) => entry.methods.has(upper));
  if (hit) return { ok: true, template: hit.template };
  return {
    ok: false,
    reason: 'no-method',
    allowed: [...new Set(matching.flatMap((entry) => [...entry.methods]))].sort(),
  };
}
