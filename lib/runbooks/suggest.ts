import { isExpression, parseBodyText } from './expressions';
import type { RunState } from './runner';
import type { ArazzoDocument, ArazzoStep } from './schema';

/**
 * Bindings suggested from a run: a literal value a later step sends (a path, query or header
 * parameter, or a body field) that an earlier step's answer holds becomes
 * `$steps.<earlier>.outputs.<name>`, the earlier step gaining that output. The most recent earlier
 * answer wins. Only id-like values are bound (no spaces, at least 6 characters, a digit among
 * them: GUIDs, machine names, e-mail-like ids); words such as `Random` are too likely a coincidence.
 */

export interface Suggestion {
  stepId: string;
  where: string;
  value: string;
  expression: string;
}

const MAX_NODES = 5_000;
const ID_LIKE = /^(?=.*\d)[A-Za-z0-9][^\s]{5,255}$/;
const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string or number in an answer, with the first pointer where it occurs. */
function valuesOf(body: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const queue: [unknown, string][] = [[body, '']];
  let nodes = 0;
  while (queue.length > 0 && nodes < MAX_NODES) {
    const [value, pointer] = queue.shift()!;
    nodes += 1;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (ID_LIKE.test(text) && !found.has(text)) found.set(text, pointer);
    } else if (Array.isArray(value))
      value.forEach((item, index) => queue.push([item, `${pointer}/${index}`]));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) queue.push([item, `${pointer}/${escapeToken(key)}`]);
  }
  return found;
}

function outputName(pointer: string, taken: Record<string, string>): string {
  const last =
    pointer
      .split('/')
      .filter((token) => !/^\d+$/.test(token))
      .pop() ?? 'value';
  const base =
    (last.charAt(0).toLowerCase() + last.slice(1)).replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 48) || 'value';
  let name = base;
  for (let n = 2; name in taken && taken[name] !== `$response.body#${pointer}`; n++) name = `${base}${n}`;
  return name;
}

export function suggestBindings(
  document: ArazzoDocument,
  workflowId: string,
  state: RunState,
): { document: ArazzoDocument; suggestions: Suggestion[] } {
  const copy = JSON.parse(JSON.stringify(document)) as ArazzoDocument;
  const workflow = copy.workflows.find((candidate) => candidate.workflowId === workflowId);
  if (!workflow) return { document, suggestions: [] };
  const answers = state.steps.map((run) =>
    run.response ? valuesOf(parseBodyText(run.response.body)) : new Map<string, string>(),
  );
  const suggestions: Suggestion[] = [];

  const bind = (index: number, value: string, where: string): string | undefined => {
    if (isExpression(value) || !ID_LIKE.test(value)) return undefined;
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      const pointer = answers[earlier]?.get(value);
      if (pointer === undefined) continue;
      const source: ArazzoStep = workflow.steps[earlier]!;
      source.outputs ??= {};
      const expression = `$response.body#${pointer}`;
      const existing = Object.entries(source.outputs).find(([, output]) => output === expression)?.[0];
      const name = existing ?? outputName(pointer, source.outputs);
      source.outputs[name] = expression;
      const binding = `$steps.${source.stepId}.outputs.${name}`;
      suggestions.push({ stepId: workflow.steps[index]!.stepId, where, value, expression: binding });
      return binding;
    }
    return undefined;
  };

  const walkBody = (value: unknown, index: number, where: string): unknown => {
    if (typeof value === 'string') return bind(index, value, where) ?? value;
    if (Array.isArray(value))
      return value.map((item, position) => walkBody(item, index, `${where}[${position}]`));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, walkBody(item, index, `${where}.${key}`)]),
      );
    return value;
  };

  workflow.steps.forEach((step, index) => {
    step.parameters?.forEach((parameter, position) => {
      if (typeof parameter.value !== 'string') return;
      const binding = bind(index, parameter.value, `parameters[${position}] ${parameter.name}`);
      if (binding) parameter.value = binding;
    });
    if (step.requestBody && typeof step.requestBody.payload === 'object')
      step.requestBody.payload = walkBody(step.requestBody.payload, index, 'requestBody.payload');
  });
  return { document: copy, suggestions };
}
