import { isRecord } from '@/lib/json/is-record';

/**
 * The one parameter merge of the app: path-item parameters, then the operation's own; a later
 * list wins on `in` + name (names compare case-insensitively, as HTTP headers do). Entries that are
 * not parameters (no string `name` and `in`) are dropped.
 */
export function mergeParameters<T extends Record<string, unknown> = Record<string, unknown>>(
  ...lists: unknown[]
): T[] {
  const merged = new Map<string, T>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) {
      if (!isRecord(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string')
        continue;
      merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter as T);
    }
  }
  return [...merged.values()];
}
