/**
 * Matches a concrete path (`/Machines/abc/$start`) against the path templates of an OpenAPI
 * document (`/Machines/{nameOrId}/$start`). The proxy uses it so that it only sends what the
 * description declares; the sandbox uses the same match to find an operation's handler by its
 * `operationId`. Pure; reads the document defensively (it is plain JSON-like data).
 */

import { OPENAPI_METHODS } from '@/lib/http/methods';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PARAMETER = /^\{([^}/]+)\}$/;

/** `{param}` matches one non-empty segment (or part of one, as in `Machines({id})`). */
function templateRegExp(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}/]+\})/)
    .map((part) => {
      const parameter = PARAMETER.exec(part);
      if (!parameter) return escapeRegExp(part);
      names.push(parameter[1]!);
      return '([^/]+)';
    })
    .join('');
  // Literal segments compare case-insensitively, as the Citrix gateway (and the sandbox) route them.
  return { pattern: new RegExp(`^${source}$`, 'i'), names };
}

interface TemplateEntry {
  template: string;
  pattern: RegExp;
  names: string[];
  /** Upper-case method → the operation's `operationId` (undefined where it has none). */
  operations: Map<string, string | undefined>;
}

const cache = new WeakMap<object, TemplateEntry[]>();

function templatesOf(document: Record<string, unknown>): TemplateEntry[] {
  let entries = cache.get(document);
  if (entries) return entries;
  const paths = document.paths;
  entries = [];
  if (paths && typeof paths === 'object') {
    for (const [template, item] of Object.entries(paths as Record<string, unknown>)) {
      if (!template.startsWith('/') || !item || typeof item !== 'object') continue;
      const operations = new Map<string, string | undefined>();
      for (const key of OPENAPI_METHODS) {
        const operation = (item as Record<string, unknown>)[key];
        if (operation === undefined) continue;
        const id = (operation as { operationId?: unknown } | null)?.operationId;
        operations.set(key.toUpperCase(), typeof id === 'string' ? id : undefined);
      }
      entries.push({ template, ...templateRegExp(template), operations });
    }
    // Where a literal and a parameter share a position (`/Machines/$search`, `/Machines/{id}`),
    // the literal wins: fewer parameters first, document order otherwise (sort is stable).
    entries.sort((left, right) => left.names.length - right.names.length);
  }
  cache.set(document, entries);
  return entries;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export type OperationMatch =
  | {
      ok: true;
      template: string;
      /** The operation's `operationId`, when it declares one. */
      operationId: string | undefined;
      /** The path parameters, percent-decoded (left as sent where they do not decode). */
      params: Record<string, string>;
    }
  | { ok: false; reason: 'no-path' }
  | { ok: false; reason: 'no-method'; allowed: string[] };

/** Whether `method path` is an operation the document declares (the most literal template wins). */
export function matchOperation(
  document: Record<string, unknown>,
  method: string,
  path: string,
): OperationMatch {
  const upper = method.toUpperCase();
  const allowed = new Set<string>();
  for (const entry of templatesOf(document)) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    if (!entry.operations.has(upper)) {
      for (const key of entry.operations.keys()) allowed.add(key);
      continue;
    }
    const params: Record<string, string> = {};
    entry.names.forEach((name, index) => (params[name] = decodeSegment(match[index + 1]!)));
    return { ok: true, template: entry.template, operationId: entry.operations.get(upper), params };
  }
  if (allowed.size === 0) return { ok: false, reason: 'no-path' };
  return { ok: false, reason: 'no-method', allowed: [...allowed].sort() };
}
