import { z } from 'zod';

/** The methods the proxy sends (lib/schemas/invoke.ts), repeated so the browser need not load the proxy's schemas. */
const INVOKE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Call history, kept in this browser's localStorage: what was called, when, under which profile,
 * how it went, and the non-secret inputs to re-open it with (lib/history/sanitize.ts decides
 * what is kept). Never a token, never a secret, never a response body.
 */
export const HISTORY_STORAGE_KEY = 'cxapi.history';
export const MAX_HISTORY_ENTRIES = 200;

const entrySchema = z.object({
  id: z.string().min(1).max(64),
  at: z.number(),
  profileId: z.string().max(16),
  profileName: z.string().max(80),
  /** The call used a pasted Authorization value rather than the profile's token. */
  pastedToken: z.boolean().optional(),
  serviceId: z.string().max(64),
  /** An operation of a document imported into this browser (its page lives under /imported). */
  imported: z.boolean().optional(),
  operationId: z.string().max(256),
  method: z.enum(INVOKE_METHODS),
  /** The path called (path parameters substituted) with its non-secret query string. */
  path: z.string().max(4096),
  region: z.string().max(16),
  server: z.enum(['regional', 'global']).optional(),
  /** Citrix's status, or with errorCode the explorer's own (403 READ_ONLY_DEPLOYMENT); absent on a network failure. */
  status: z.number().int().optional(),
  /** The explorer's own error code when it failed the call (NOT_AUTHENTICATED, READ_ONLY_DEPLOYMENT…). */
  errorCode: z.string().max(64).optional(),
  durationMs: z.number().optional(),
  transactionId: z.string().max(128).optional(),
  inputs: z.object({
    params: z.record(z.string(), z.string()),
    body: z.string().optional(),
    omitted: z.array(z.string()).default([]),
  }),
});
export type HistoryEntry = z.infer<typeof entrySchema>;

/** The stored history, newest first; unreadable entries are dropped. */
export function parseHistory(raw: string | null): HistoryEntry[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const entry = entrySchema.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

export function serializeHistory(entries: HistoryEntry[]): string {
  return JSON.stringify(entries);
}

/** Adds an entry at the top, keeping the newest MAX_HISTORY_ENTRIES. */
export function addEntry(entries: HistoryEntry[], entry: HistoryEntry, max = MAX_HISTORY_ENTRIES): HistoryEntry[] {
  return [entry, ...entries.filter((existing) => existing.id !== entry.id)].slice(0, max);
}

export function removeEntry(entries: HistoryEntry[], id: string): HistoryEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

/** The text an entry is found by. */
function haystack(entry: HistoryEntry): string {
  return [
    entry.method,
    entry.path,
    entry.serviceId,
    entry.operationId,
    entry.status ?? entry.errorCode ?? '',
    entry.profileName,
    entry.transactionId ?? '',
    entry.region,
    ...Object.values(entry.inputs.params),
    entry.inputs.body ?? '',
  ]
    .join(' ')
    .toLowerCase();
}

/** Every word of the query must appear somewhere in the entry (method, path, status, profile, ids, inputs). */
export function searchHistory(entries: HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const text = haystack(entry);
    return words.every((word) => text.includes(word));
  });
}

/**
 * Writes the history, dropping the oldest entries while the browser's storage quota refuses it.
 * Returns what was kept.
 */
export function persistHistory(entries: HistoryEntry[], write: (value: string) => void): HistoryEntry[] {
  let kept = entries;
  for (;;) {
    try {
      write(serializeHistory(kept));
      return kept;
    } catch (error) {
      if (kept.length <= 1) throw error;
      kept = kept.slice(0, Math.floor(kept.length / 2));
    }
  }
}

/** The page that re-opens an entry with its inputs filled in. */
export function reopenHref(entry: Pick<HistoryEntry, 'id' | 'serviceId' | 'operationId' | 'imported'>): string {
  const base = entry.imported ? '/imported' : '/apis';
  return `${base}/${encodeURIComponent(entry.serviceId)}/${encodeURIComponent(entry.operationId)}#history=${encodeURIComponent(entry.id)}`;
}
