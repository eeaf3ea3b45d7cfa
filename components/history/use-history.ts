'use client';

import { useCallback, useMemo } from 'react';

import { useProfiles } from '@/components/profiles/use-profiles';
import { sanitizeInputs } from '@/lib/history/sanitize';
import {
  addEntry,
  HISTORY_STORAGE_KEY,
  parseHistory,
  persistHistory,
  removeEntry,
  type HistoryEntry,
} from '@/lib/history/store';
import type { FormSpec, FormValues } from '@/lib/invoke-form/types';
import { readLocalStorage, useLocalStorageValue, writeLocalStorage } from '@/lib/profiles/local-store';
import { ApiCallError } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';
import { answerOf, refusalAnswerOf } from '@/lib/support-bundle/answer';

/** The call history of this browser, newest first, live across tabs. */
export function useHistory() {
  const raw = useLocalStorageValue(HISTORY_STORAGE_KEY);
  const entries = useMemo(() => parseHistory(raw), [raw]);
  const clear = useCallback(() => writeLocalStorage(HISTORY_STORAGE_KEY, null), []);
  const remove = useCallback((id: string) => {
    persistHistory(removeEntry(parseHistory(readLocalStorage(HISTORY_STORAGE_KEY)), id), (value) =>
      writeLocalStorage(HISTORY_STORAGE_KEY, value),
    );
  }, []);
  return { entries, clear, remove };
}

export function findHistoryEntry(id: string): HistoryEntry | undefined {
  return parseHistory(readLocalStorage(HISTORY_STORAGE_KEY)).find((entry) => entry.id === id);
}

export interface SentCall {
  values: FormValues;
  request: InvokeRequestInput;
  startedAt: number;
}

/** The query string of what was sent, without secret-named parameters. */
function displayPath(request: InvokeRequestInput, keptParams: Record<string, string>): string {
  const keptQueryNames = new Set(
    Object.keys(keptParams)
      .filter((key) => key.startsWith('query:'))
      .map((key) => key.slice(6)),
  );
  const query = new URLSearchParams((request.query ?? []).filter(([name]) => keptQueryNames.has(name)));
  const search = query.toString();
  return search ? `${request.path}?${search}` : request.path;
}

/**
 * Records one call of the explorer in the history: only what sanitizeInputs keeps (never the
 * Authorization, the pasted override, X-AdminCredential or secret body fields), and of the answer
 * only what a support bundle needs, cleaned (lib/support-bundle/answer.ts): ids, Citrix's error,
 * a failed call's body; never a successful answer's body.
 */
export function useHistoryRecorder(spec: FormSpec, imported = false) {
  const { active } = useProfiles();
  return useCallback(
    (sent: SentCall, outcome: { result?: InvokeResult; error?: unknown }) => {
      if ((outcome.error as Error | undefined)?.name === 'AbortError') return;
      const inputs = sanitizeInputs(spec, sent.values);
      const error = outcome.error instanceof ApiCallError ? outcome.error : undefined;
      const entry: HistoryEntry = {
        id: crypto.randomUUID(),
        at: sent.startedAt,
        profileId: active.id,
        profileName: active.name,
        ...(sent.request.authorizationOverride ? { pastedToken: true } : {}),
        serviceId: spec.serviceId,
        ...(imported ? { imported: true } : {}),
        operationId: spec.operationId,
        method: spec.method,
        path: displayPath(sent.request, inputs.params),
        region: sent.request.region,
        ...(sent.request.server ? { server: sent.request.server } : {}),
        ...(outcome.result
          ? { status: outcome.result.status, durationMs: outcome.result.durationMs }
          : { durationMs: Date.now() - sent.startedAt }),
        ...(outcome.result?.transactionId ? { transactionId: outcome.result.transactionId } : {}),
        ...(outcome.error
          ? { errorCode: error?.code ?? 'NETWORK', ...(error?.status ? { status: error.status } : {}) }
          : {}),
        inputs,
        ...(outcome.result
          ? { answer: answerOf(outcome.result) }
          : { answer: refusalAnswerOf(error?.code ?? 'NETWORK', error?.message ?? 'No answer.') }),
      };
      try {
        persistHistory(addEntry(parseHistory(readLocalStorage(HISTORY_STORAGE_KEY)), entry), (value) =>
          writeLocalStorage(HISTORY_STORAGE_KEY, value),
        );
      } catch {
        // Storage full or disabled: the call itself is unaffected.
      }
    },
    [spec, imported, active.id, active.name],
  );
}
