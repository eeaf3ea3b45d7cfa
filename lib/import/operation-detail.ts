import type { ImportedDocMeta, ImportedOperationDetail, ImportedOperationEntry } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Path-item parameters merged with the operation's own (the operation's win on in + name). */
export function mergeParameters(pathLevel: unknown, operationLevel: unknown): Record<string, unknown>[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const parameter of [...(Array.isArray(pathLevel) ? pathLevel : []), ...(Array.isArray(operationLevel) ? operationLevel : [])]) {
    if (!isRecord(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
  }
  return [...merged.values()];
}

/** One operation of a dereferenced document, found by its index entry (method + path). */
export function operationDetail(meta: ImportedDocMeta, entry: ImportedOperationEntry, dereferenced: Record<string, unknown>): ImportedOperationDetail | undefined {
  const paths = isRecord(dereferenced.paths) ? dereferenced.paths : {};
  const item = paths[entry.path];
  if (!isRecord(item)) return undefined;
  const operation = item[entry.method.toLowerCase()];
  if (!isRecord(operation)) return undefined;
  const parameters = mergeParameters(item.parameters, operation.parameters);
  return { meta, entry, operation: { ...operation, parameters }, parameters };
}
