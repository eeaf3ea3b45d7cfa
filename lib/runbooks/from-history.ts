import type { HistoryEntry } from '@/lib/history/store';

import { resolveOperationId, sourceUrlFor } from './operations';
import type { ArazzoDocument, ArazzoParameter, ArazzoStep } from './schema';

/**
 * A runbook from calls picked in the history, oldest first: one step per call with the values it
 * was sent with. The history keeps no successful answer (by design: lib/history), so bindings
 * are suggested from a run's answers instead (suggestBindings in ./suggest.ts).
 */

/** Headers the page fills itself or the proxy adds: not written into a runbook. */
const LEFT_OUT_HEADERS = new Set([
  'authorization',
  'citrix-customerid',
  'accept',
  'content-type',
  'citrix-transactionid',
]);

function stepIdFor(operationId: string, taken: Set<string>): string {
  const action = operationId.split('_').pop() ?? operationId;
  const base =
    (action.charAt(0).toLowerCase() + action.slice(1)).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 56) || 'step';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

export interface FromHistoryResult {
  document: ArazzoDocument;
  /** Calls that could not become steps, with why. */
  skipped: string[];
}

export function runbookFromHistory(
  entries: readonly HistoryEntry[],
  title = 'From the history',
): FromHistoryResult {
  const ordered = [...entries].sort((a, b) => a.at - b.at);
  const steps: ArazzoStep[] = [];
  const services = new Set<string>();
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const entry of ordered) {
    const label = `${entry.method} ${entry.path}`;
    if (entry.imported) {
      skipped.push(`${label}: an imported document's operation (runbooks call the built-in catalog)`);
      continue;
    }
    const operation = resolveOperationId(entry.operationId, new Map());
    if (!operation || operation.serviceId !== entry.serviceId) {
      skipped.push(`${label}: not an operation of the built-in catalog`);
      continue;
    }
    if (operation.serviceId === 'token' || operation.serviceId === 'trust-token') {
      skipped.push(`${label}: the token call (a runbook uses the session's token and never keeps a secret)`);
      continue;
    }
    services.add(operation.serviceId);
    const parameters: ArazzoParameter[] = [];
    for (const [key, value] of Object.entries(entry.inputs.params)) {
      const at = key.indexOf(':');
      const where = key.slice(0, at);
      const name = key.slice(at + 1);
      if (value.trim() === '' || (where !== 'path' && where !== 'query' && where !== 'header')) continue;
      if (where === 'header' && LEFT_OUT_HEADERS.has(name.toLowerCase())) continue;
      parameters.push({ name, in: where, value });
    }
    const step: ArazzoStep = {
      stepId: stepIdFor(operation.operationId, taken),
      description: `${label}, as sent on ${new Date(entry.at).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      operationId: operation.operationId,
      ...(parameters.length > 0 ? { parameters } : {}),
    };
    if (entry.inputs.body !== undefined && entry.inputs.body.trim() !== '' && operation.method !== 'GET') {
      let payload: unknown = entry.inputs.body;
      try {
        payload = JSON.parse(entry.inputs.body);
      } catch {
        /* kept as text */
      }
      step.requestBody = { contentType: 'application/json', payload };
    }
    // A 202's job is followed, and the step then reads its results (200).
    if (entry.status !== undefined && entry.status >= 200 && entry.status < 300)
      step.successCriteria = [{ condition: `$statusCode == ${entry.status === 202 ? 200 : entry.status}` }];
    steps.push(step);
  }
  const document: ArazzoDocument = {
    arazzo: '1.0.1',
    info: { title, version: '1.0.0', summary: `${steps.length} calls picked in the history.` },
    sourceDescriptions: [...services].map((name) => ({
      name,
      url: sourceUrlFor(name),
      type: 'openapi' as const,
    })),
    workflows: [{ workflowId: 'fromHistory', steps }],
  };
  return { document, skipped };
}
