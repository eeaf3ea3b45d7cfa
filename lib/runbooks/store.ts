import { z } from 'zod';

/**
 * The runbooks a user made or imported, as kept in this browser's localStorage: the Arazzo text
 * only (never a token, never inputs typed for a run). Pure: the component reads and writes the key.
 */
export const RUNBOOKS_STORAGE_KEY = 'cxapi:runbooks:v1';
/** At most this many saved runbooks (each at most MAX_RUNBOOK_BYTES). */
export const MAX_SAVED_RUNBOOKS = 30;

const savedSchema = z.object({
  id: z.string().regex(/^local-[a-z0-9-]{1,64}$/),
  title: z.string().max(256),
  text: z.string(),
  updatedAt: z.number(),
});
export type SavedRunbook = z.infer<typeof savedSchema>;

export function readSaved(raw: string | null): SavedRunbook[] {
  if (!raw) return [];
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(raw));
    return parsed.flatMap((item) => {
      const result = savedSchema.safeParse(item);
      return result.success ? [result.data] : [];
    });
  } catch {
    return [];
  }
}

/** The list with `runbook` added or replaced (newest first), capped. */
export function upsertSaved(list: readonly SavedRunbook[], runbook: SavedRunbook): SavedRunbook[] {
  return [runbook, ...list.filter((item) => item.id !== runbook.id)].slice(0, MAX_SAVED_RUNBOOKS);
}

export function removeSaved(list: readonly SavedRunbook[], id: string): SavedRunbook[] {
  return list.filter((item) => item.id !== id);
}

export function newRunbookId(): string {
  return `local-${crypto.randomUUID()}`;
}
