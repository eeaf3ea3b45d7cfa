import { isHttpMethod, type HttpMethod } from '@/lib/http/methods';
import { isRecord } from '@/lib/json/is-record';

import { readAnswer, type HistoryAnswer } from './answer';

/**
 * Call history, kept in this browser's localStorage: what was called, when, under which profile,
 * how it went, and the non-secret inputs to re-open it with (lib/history/sanitize.ts decides
 * what is kept). Never a token, never a secret, never a successful answer's body (./answer.ts).
 */
export const HISTORY_STORAGE_KEY = 'cxapi.history';
export const MAX_HISTORY_ENTRIES = 200;

export interface HistoryEntry {
  id: string;
  at: number;
  profileId: string;
  profileName: string;
  /** The call used a pasted Authorization value rather than the profile's token. */
  pastedToken?: boolean;
  serviceId: string;
  /** An operation of a document imported into this browser (its page lives under /imported). */
  imported?: boolean;
  operationId: string;
  method: HttpMethod;
  /** The path called (path parameters substituted) with its non-secret query string. */
  path: string;
  region: string;
  server?: 'regional' | 'global';
  /** Citrix's status, or with errorCode the explorer's own (403 READ_ONLY_DEPLOYMENT); absent on a network failure. */
  status?: number;
  /** The explorer's own error code when it failed the call (NOT_AUTHENTICATED, READ_ONLY_DEPLOYMENT…). */
  errorCode?: string;
  durationMs?: number;
  transactionId?: string;
  inputs: {
    params: Record<string, string>;
    body?: string;
    omitted: string[];
  };
  /** The ids and the error of the answer, for a support bundle (./answer.ts); never a success's body. */
  answer?: HistoryAnswer;
}

function isString(value: unknown, min = 0, max = Infinity): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * One stored entry, checked by hand (no zod: the history is read on first paint). Only the known
 * fields are kept; an entry with any malformed field is dropped.
 */
function readEntry(item: unknown): HistoryEntry | undefined {
  if (!isRecord(item)) return undefined;
  const {
    id,
    at,
    profileId,
    profileName,
    pastedToken,
    serviceId,
    imported,
    operationId,
    method,
    path,
    region,
    server,
    status,
    errorCode,
    durationMs,
    transactionId,
    inputs,
  } = item;
  const answer = readAnswer(item.answer);
  if (!isString(id, 1, 64) || !isNumber(at) || !isString(profileId, 0, 16) || !isString(profileName, 0, 80))
    return undefined;
  if (
    !isString(serviceId, 0, 64) ||
    !isString(operationId, 0, 256) ||
    !isString(path, 0, 4096) ||
    !isString(region, 0, 16)
  )
    return undefined;
  if (!isHttpMethod(method)) return undefined;
  if (pastedToken !== undefined && typeof pastedToken !== 'boolean') return undefined;
  if (imported !== undefined && typeof imported !== 'boolean') return undefined;
  if (server !== undefined && server !== 'regional' && server !== 'global') return undefined;
  if (status !== undefined && !(isNumber(status) && Number.isInteger(status))) return undefined;
  if (errorCode !== undefined && !isString(errorCode, 0, 64)) return undefined;
  if (durationMs !== undefined && !isNumber(durationMs)) return undefined;
  if (transactionId !== undefined && !isString(transactionId, 0, 128)) return undefined;
  if (!isRecord(inputs) || !isRecord(inputs.params)) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs.params)) {
    if (typeof value !== 'string') return undefined;
    params[key] = value;
  }
  if (inputs.body !== undefined && typeof inputs.body !== 'string') return undefined;
  if (
    inputs.omitted !== undefined &&
    !(Array.isArray(inputs.omitted) && inputs.omitted.every((name) => typeof name === 'string'))
  )
    return undefined;
  return {
    id,
    at,
    profileId,
    profileName,
    ...(pastedToken !== undefined ? { pastedToken } : {}),
    serviceId,
    ...(imported !== undefined ? { imported } : {}),
    operationId,
    method: method as HistoryEntry['method'],
    path,
    region,
    ...(server !== undefined ? { server } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(errorCode !== undefined ? { errorCode } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(transactionId !== undefined ? { transactionId } : {}),
    inputs: {
      params,
      ...(inputs.body !== undefined ? { body: inputs.body } : {}),
      omitted: (inputs.omitted as string[] | undefined) ?? [],
    },
    ...(answer ? { answer } : {}),
  };
}

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
    const entry = readEntry(item);
    return entry ? [entry] : [];
  });
}

export function serializeHistory(entries: HistoryEntry[]): string {
  return JSON.stringify(entries);
}

/** Adds an entry at the top, keeping the newest MAX_HISTORY_ENTRIES. */
export function addEntry(
  entries: HistoryEntry[],
  entry: HistoryEntry,
  max = MAX_HISTORY_ENTRIES,
): HistoryEntry[] {
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
export function reopenHref(
  entry: Pick<HistoryEntry, 'id' | 'serviceId' | 'operationId' | 'imported'>,
): string {
  const base = entry.imported ? '/imported' : '/apis';
  return `${base}/${encodeURIComponent(entry.serviceId)}/${encodeURIComponent(entry.operationId)}#history=${encodeURIComponent(entry.id)}`;
}
