'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { monitorInvokeRequest } from '@/lib/odata-query/monitor-service';
import { nextPageQuery, readODataAnswer, type ODataRow } from '@/lib/odata-query/odata-answer';
import type { QueryTarget } from '@/lib/odata-query/query-target';
import { createSerialRunner } from '@/lib/odata-query/serial-runner';
import { ApiCallError, fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

/** How long the query must stay unchanged before it is sent: typing a number sends it once. */
export const QUERY_DEBOUNCE_MS = 500;

export type MonitorQueryState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: MonitorQueryRows }
  | ({ status: 'done' } & MonitorQueryRows)
  | { status: 'error'; message: string; key: string };

export interface MonitorQueryRows {
  rows: ODataRow[];
  count?: number;
  nextLink?: string;
  durationMs: number;
  /** Which query these rows answer, so the table never pairs rows with another query's columns. */
  key: string;
}

/** The same call the invoke form makes: `POST /api/invoke`, the server adds the session's token. */
const invoke = (input: InvokeRequestInput, signal: AbortSignal) =>
  fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: input, signal });

function failure(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'The query could not be sent.';
}

/**
 * Runs the query whenever it changes (after a pause in typing) and keeps its rows. Calls go one at
 * a time through a serial runner: a newer query aborts the one in flight and waits for it to end.
 * Without a target (signed out, or the query has a problem) nothing is sent.
 */
export function useMonitorQuery(target: QueryTarget | undefined) {
  const [state, setState] = useState<MonitorQueryState>({ status: 'idle' });
  const runner = useMemo(() => createSerialRunner(invoke), []);
  const key = target
    ? JSON.stringify([target.region, target.customerId, target.path, target.query])
    : undefined;
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });

  useEffect(() => {
    const current = targetRef.current;
    if (key === undefined || !current) {
      runner.cancel();
      return;
    }
    const timer = window.setTimeout(async () => {
      setState((previous) => ({
        status: 'loading',
        ...(previous.status === 'done' ? { previous } : {}),
      }));
      const started = performance.now();
      try {
        const outcome = await runner.run(
          monitorInvokeRequest(current.region, current.customerId, current.path, current.query),
        );
        if (outcome.superseded) return;
        const answer = readODataAnswer(outcome.value);
        const durationMs = Math.round(performance.now() - started);
        setState(
          answer.kind === 'rows'
            ? {
                status: 'done',
                rows: answer.rows,
                durationMs,
                key,
                ...(answer.count === undefined ? {} : { count: answer.count }),
                ...(answer.nextLink === undefined ? {} : { nextLink: answer.nextLink }),
              }
            : { status: 'error', message: answer.message, key },
        );
      } catch (error) {
        setState({ status: 'error', message: failure(error), key });
      }
    }, QUERY_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key, runner]);

  useEffect(() => () => runner.cancel(), [runner]);

  /** Fetches the page `@odata.nextLink` names, through the same runner, and appends its rows. */
  const loadMore = useCallback(async () => {
    const current = targetRef.current;
    if (state.status !== 'done' || !state.nextLink || !current) return;
    const query = nextPageQuery(state.nextLink);
    if (!query) return;
    const shown = state;
    setState({ status: 'loading', previous: shown });
    try {
      const outcome = await runner.run(
        monitorInvokeRequest(current.region, current.customerId, current.path, query),
      );
      if (outcome.superseded) return;
      const answer = readODataAnswer(outcome.value);
      if (answer.kind === 'error') {
        setState({ status: 'error', message: answer.message, key: shown.key });
        return;
      }
      const rest: MonitorQueryRows = { ...shown };
      delete rest.nextLink;
      setState({
        ...rest,
        status: 'done',
        rows: [...shown.rows, ...answer.rows],
        ...(answer.nextLink === undefined ? {} : { nextLink: answer.nextLink }),
      });
    } catch (error) {
      setState({ status: 'error', message: failure(error), key: shown.key });
    }
  }, [runner, state]);

  // An answer to an earlier query never stands for this one: until this one's answer is in (the
  // pause in typing included), the page says it is running.
  const view: MonitorQueryState =
    key === undefined
      ? { status: 'idle' }
      : (state.status === 'done' || state.status === 'error') && state.key !== key
        ? { status: 'loading' }
        : state;
  return { state: view, key, loadMore };
}
