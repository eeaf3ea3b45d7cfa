import yaml from 'js-yaml';
import type { z } from 'zod';

import { conditionProblem, expressionsIn, parseExpression } from './expressions';
import {
  CATALOG_OPERATION_IDS,
  resolveOperationId,
  resolveOperationPath,
  serviceOfSource,
  type ResolvedOperation,
} from './operations';
import { arazzoSchema, type ArazzoDocument, type ArazzoStep, type ArazzoWorkflow } from './schema';

/** A runbook document may be at most this large (text), before it is even parsed. */
export const MAX_RUNBOOK_BYTES = 256 * 1024;

export interface Problem {
  /** Where, as a path into the document: `workflows[0].steps[2].operationId`. */
  where: string;
  message: string;
}

export type ParseResult =
  | { ok: true; document: ArazzoDocument; operations: ResolvedWorkflowOperations }
  | { ok: false; problems: Problem[] };

/** Per workflow, per step: the catalog operation it calls. */
export type ResolvedWorkflowOperations = Record<string, Record<string, ResolvedOperation>>;

/** `['workflows', 0, 'steps', 2, 'operationId']` → `workflows[0].steps[2].operationId`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(document)';
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.slice(0, 20).map((issue) => ({
    where: formatPath(issue.path),
    message: issue.message,
  }));
}

const MAX_NODES = 20_000;
const MAX_DEPTH = 40;

/** Counts values (an alias counted each time it is used), stopping at the limits. */
export function sizeProblem(value: unknown): string | undefined {
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_NODES) return `holds more than ${MAX_NODES} values; a runbook is smaller`;
    if (depth > MAX_DEPTH) return `is nested more than ${MAX_DEPTH} levels deep`;
    if (typeof current === 'object' && current !== null)
      for (const item of Object.values(current)) stack.push([item, depth + 1]);
  }
  return undefined;
}

/** Reads JSON or YAML text into a value, or says where it could not. */
export function readText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_RUNBOOK_BYTES)
    return {
      ok: false,
      problem: {
        where: '(document)',
        message: `is ${Math.ceil(bytes / 1024)} KB; a runbook may be at most ${MAX_RUNBOOK_BYTES / 1024} KB`,
      },
    };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { where: '(document)', message: 'is empty' } };
  if (trimmed.startsWith('{')) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      const tooBig = sizeProblem(value);
      return tooBig ? { ok: false, problem: { where: '(document)', message: tooBig } } : { ok: true, value };
    } catch (error) {
      return {
        ok: false,
        problem: { where: '(document)', message: `is not valid JSON: ${(error as Error).message}` },
      };
    }
  }
  try {
    // JSON_SCHEMA: no custom tags, no dates. Aliases are shared, so the size is measured below.
    const value = yaml.load(trimmed, { schema: yaml.JSON_SCHEMA, json: true });
    const tooBig = sizeProblem(value);
    return tooBig ? { ok: false, problem: { where: '(document)', message: tooBig } } : { ok: true, value };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return {
      ok: false,
      problem: {
        where: mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : '(document)',
        message: `is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      },
    };
  }
}

/** Every `{name}` placeholder of a path template. */
function placeholders(path: string): string[] {
  return [...path.matchAll(/\{([^}/]+)\}/g)].map((match) => match[1]!);
}

/** The expression-bearing parts of a step, each with where it is. */
function stepExpressions(step: ArazzoStep, base: string): { where: string; expression: string }[] {
  const found: { where: string; expression: string }[] = [];
  (step.parameters ?? []).forEach((parameter, index) => {
    for (const expression of expressionsIn(parameter.value))
      found.push({ where: `${base}.parameters[${index}].value`, expression });
  });
  if (step.requestBody)
    for (const expression of expressionsIn(step.requestBody.payload))
      found.push({ where: `${base}.requestBody.payload`, expression });
  for (const [name, expression] of Object.entries(step.outputs ?? {}))
    found.push({ where: `${base}.outputs.${name}`, expression });
  return found;
}

/** A cycle among the steps' references, as step ids (first repeated at the end), if any. */
export function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

function checkWorkflow(
  workflow: ArazzoWorkflow,
  index: number,
  sources: ReadonlyMap<string, string>,
  problems: Problem[],
): Record<string, ResolvedOperation> {
  const base = `workflows[${index}]`;
  const operations: Record<string, ResolvedOperation> = {};
  const positions = new Map<string, number>();
  workflow.steps.forEach((step, stepIndex) => {
    if (positions.has(step.stepId))
      problems.push({
        where: `${base}.steps[${stepIndex}].stepId`,
        message: `"${step.stepId}" is already the id of steps[${positions.get(step.stepId)}]`,
      });
    else positions.set(step.stepId, stepIndex);
  });
  const declaredInputs = new Set(Object.keys(workflow.inputs?.properties ?? {}));
  const edges = new Map<string, Set<string>>();
  workflow.steps.forEach((step, stepIndex) => {
    const where = `${base}.steps[${stepIndex}]`;
    const operation = step.operationId
      ? resolveOperationId(step.operationId, sources)
      : resolveOperationPath(step.operationPath!, sources);
    if (!operation) {
      const field = step.operationId ? 'operationId' : 'operationPath';
      const named = step.operationId ?? step.operationPath!;
      const hint = step.operationId
        ? CATALOG_OPERATION_IDS.find((id) => id.toLowerCase() === named.split('.').pop()!.toLowerCase())
        : undefined;
      problems.push({
        where: `${where}.${field}`,
        message: `"${named.slice(0, 200)}" is not an operation of the built-in catalog${hint ? ` (did you mean ${hint}?)` : ''}; runbooks call only the catalog's operations`,
      });
    } else {
      operations[step.stepId] = operation;
      const pathParams = new Set((step.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
      for (const name of placeholders(operation.path))
        if (!pathParams.has(name))
          problems.push({
            where: `${where}.parameters`,
            message: `${operation.operationId} needs the path parameter "${name}"`,
          });
      if (step.requestBody && operation.method === 'GET')
        problems.push({ where: `${where}.requestBody`, message: 'a GET request cannot carry a body' });
    }
    const dependsOn = new Set<string>();
    for (const { where: at, expression } of stepExpressions(step, where)) {
      const parsed = parseExpression(expression);
      if (!parsed) {
        problems.push({
          where: at,
          message: `${expression.slice(0, 200)} is not a runtime expression this runner reads`,
        });
        continue;
      }
      const { ref } = parsed;
      if (ref.kind === 'inputs' && !declaredInputs.has(ref.name.split('.')[0]!))
        problems.push({ where: at, message: `${expression} names an input the workflow does not declare` });
      if (ref.kind === 'steps') {
        const target = positions.get(ref.stepId);
        if (target === undefined) {
          problems.push({ where: at, message: `${expression} names a step that does not exist` });
          continue;
        }
        dependsOn.add(ref.stepId);
        const outputs = workflow.steps[target]!.outputs ?? {};
        if (!(ref.output in outputs))
          problems.push({
            where: at,
            message: `${expression}: step ${ref.stepId} has no output "${ref.output}"`,
          });
        else if (target >= stepIndex && ref.stepId !== step.stepId)
          problems.push({ where: at, message: `${expression} reads step ${ref.stepId}, which runs later` });
      }
      if ((ref.kind === 'response' || ref.kind === 'statusCode') && !at.includes('.outputs.'))
        problems.push({
          where: at,
          message: `${expression} can only be read in outputs and successCriteria`,
        });
    }
    edges.set(step.stepId, dependsOn);
    (step.successCriteria ?? []).forEach((criterion, criterionIndex) => {
      const problem = conditionProblem(criterion.condition);
      if (problem)
        problems.push({ where: `${where}.successCriteria[${criterionIndex}].condition`, message: problem });
    });
  });
  const cycle = findCycle(edges);
  if (cycle)
    problems.push({
      where: `${base}.steps`,
      message: `the steps' bindings form a cycle: ${cycle.join(' → ')}`,
    });
  for (const [name, expression] of Object.entries(workflow.outputs ?? {})) {
    const parsed = parseExpression(expression);
    if (!parsed || parsed.ref.kind !== 'steps' || !positions.has(parsed.ref.stepId))
      problems.push({ where: `${base}.outputs.${name}`, message: `${expression} must read a step's output` });
  }
  return operations;
}

/** Checks a parsed value as a runbook: the schema, then the catalog, the bindings and their order. */
export function validateRunbook(value: unknown): ParseResult {
  const parsed = arazzoSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const document = parsed.data;
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  document.sourceDescriptions.forEach((source, index) => {
    const serviceId = serviceOfSource(source);
    if (!serviceId)
      problems.push({
        where: `sourceDescriptions[${index}]`,
        message: `"${source.name}" is not a service of the built-in catalog (name a service id, e.g. daas)`,
      });
    else sources.set(source.name, serviceId);
  });
  const ids = new Set<string>();
  const operations: ResolvedWorkflowOperations = {};
  document.workflows.forEach((workflow, index) => {
    if (ids.has(workflow.workflowId))
      problems.push({
        where: `workflows[${index}].workflowId`,
        message: `"${workflow.workflowId}" is used twice`,
      });
    ids.add(workflow.workflowId);
    operations[workflow.workflowId] = checkWorkflow(workflow, index, sources, problems);
  });
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, 50) }
    : { ok: true, document, operations };
}

/** Text (JSON or YAML) → a checked runbook, or the problems, each naming where. */
export function parseRunbook(text: string): ParseResult {
  const read = readText(text);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return validateRunbook(read.value);
}

/** A runbook as YAML text (what the editor shows and the export writes). */
export function runbookToYaml(document: ArazzoDocument): string {
  return yaml.dump(document, { lineWidth: 110, noRefs: true, quotingType: "'" });
}
