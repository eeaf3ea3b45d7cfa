/**
 * Arazzo runtime expressions, the subset runbooks use: `$inputs.name`, `$steps.id.outputs.name`,
 * `$response.body`, `$response.header.Name`, `$statusCode`, `$url`, `$method`, each optionally
 * followed by a JSON pointer (`$response.body#/Items/0/Id`). A string value may also embed
 * expressions in braces (`"Logged off {$inputs.user}"`). Pure.
 */

/** What an expression can read. */
export interface ExpressionScope {
  inputs: Record<string, unknown>;
  steps: Record<string, { outputs: Record<string, unknown> }>;
  response?: {
    status: number;
    headers: ReadonlyArray<readonly [string, string]>;
    body: unknown;
    url?: string;
  };
  method?: string;
}

/** A reference found in an expression, for validation (which step, which output). */
export type ExpressionRef =
  | { kind: 'inputs'; name: string }
  | { kind: 'steps'; stepId: string; output: string }
  | { kind: 'response' }
  | { kind: 'statusCode' }
  | { kind: 'other'; source: string };

const EXPRESSION = /^\$(inputs|steps|response|statusCode|url|method)(?:\.([^#]*))?(#.*)?$/;
const NAME = /^[A-Za-z0-9_.\-[\]]+$/;

/** Decodes a JSON pointer (`#/a/b~1c`) into its reference tokens, or undefined when malformed. */
export function pointerTokens(pointer: string): string[] | undefined {
  const raw = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (decoded === '') return [];
  if (!decoded.startsWith('/')) return undefined;
  return decoded
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** RFC 6901 evaluation; undefined when the path leads nowhere. */
export function resolvePointer(value: unknown, pointer: string): unknown {
  const tokens = pointerTokens(pointer);
  if (!tokens) return undefined;
  let current: unknown = value;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else return undefined;
  }
  return current;
}

/** Whether a string is (entirely) one runtime expression. */
export function isExpression(value: string): boolean {
  return EXPRESSION.test(value.trim());
}

/** What an expression refers to; undefined when it is not one this runner understands. */
export function parseExpression(source: string): { ref: ExpressionRef; pointer?: string } | undefined {
  const match = EXPRESSION.exec(source.trim());
  if (!match) return undefined;
  const [, root, rest = '', pointer] = match;
  if (pointer !== undefined && pointerTokens(pointer) === undefined) return undefined;
  switch (root) {
    case 'inputs':
      return NAME.test(rest) ? { ref: { kind: 'inputs', name: rest }, pointer } : undefined;
    case 'steps': {
      const parts = /^([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_.-]+)$/.exec(rest);
      return parts ? { ref: { kind: 'steps', stepId: parts[1]!, output: parts[2]! }, pointer } : undefined;
    }
    case 'response':
      return rest === 'body' || /^header\.[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(rest)
        ? { ref: rest === 'body' ? { kind: 'response' } : { kind: 'other', source: rest }, pointer }
        : undefined;
    case 'statusCode':
      return rest === '' ? { ref: { kind: 'statusCode' } } : undefined;
    default:
      return rest === '' ? { ref: { kind: 'other', source: root! } } : undefined;
  }
}

/** Expressions embedded in braces in a string: `{$inputs.x}`. */
export const EMBEDDED = /\{(\$[^{}]+)\}/g;

/** Every expression a value holds (whole-string or embedded), walking objects and arrays. */
export function expressionsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    if (isExpression(value)) return [value.trim()];
    return [...value.matchAll(EMBEDDED)].map((match) => match[1]!);
  }
  if (Array.isArray(value)) return value.flatMap(expressionsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(expressionsIn);
  return [];
}

/** The JSON of a body text, or the text itself when it is not JSON (or undefined when empty). */
export function parseBodyText(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Evaluates one expression; undefined when it finds nothing. */
export function evaluate(source: string, scope: ExpressionScope): unknown {
  const parsed = parseExpression(source);
  if (!parsed) return undefined;
  const { ref, pointer } = parsed;
  let value: unknown;
  const trimmed = source.trim();
  if (ref.kind === 'inputs') value = scope.inputs[ref.name];
  else if (ref.kind === 'steps') value = scope.steps[ref.stepId]?.outputs[ref.output];
  else if (ref.kind === 'statusCode') value = scope.response?.status;
  else if (ref.kind === 'response') value = scope.response?.body;
  else if (trimmed.startsWith('$response.header.')) {
    const name = trimmed.slice('$response.header.'.length).split('#')[0]!.toLowerCase();
    value = scope.response?.headers.find(([header]) => header.toLowerCase() === name)?.[1];
  } else if (trimmed.startsWith('$url')) value = scope.response?.url;
  else if (trimmed.startsWith('$method')) value = scope.method;
  if (pointer === undefined) return value;
  // A pointer into a value that is JSON text (an output kept as text) reads its JSON.
  if (typeof value === 'string') value = parseBodyText(value);
  return resolvePointer(value, pointer);
}

/** Raised when a binding finds nothing: names the expression, so the run can stop with it. */
export class BindingError extends Error {
  constructor(
    readonly expression: string,
    readonly where: string,
  ) {
    super(`${where}: ${expression} found nothing`);
    this.name = 'BindingError';
  }
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Replaces every expression in a value: a whole-string expression by its value (any JSON type),
 * an embedded one by its text. Throws BindingError (naming `where`) when one finds nothing.
 */
export function substitute(value: unknown, scope: ExpressionScope, where: string): unknown {
  if (typeof value === 'string') {
    if (isExpression(value)) {
      const result = evaluate(value, scope);
      if (result === undefined || result === null) throw new BindingError(value.trim(), where);
      return result;
    }
    return value.replace(EMBEDDED, (_, expression: string) => {
      const result = evaluate(expression, scope);
      if (result === undefined || result === null) throw new BindingError(expression, where);
      return asText(result);
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => substitute(item, scope, `${where}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substitute(item, scope, `${where}.${key}`)]),
    );
  return value;
}

// ---- Conditions: `$statusCode == 200 && $response.body#/Status != 'Failed'` ----

const COMPARISON = /^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/;

function literal(text: string, scope: ExpressionScope): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('$')) return evaluate(trimmed, scope);
  if (/^'(.*)'$/.test(trimmed) || /^"(.*)"$/.test(trimmed)) return trimmed.slice(1, -1);
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

function compare(left: unknown, operator: string, right: unknown): boolean {
  // Loose on types the way Arazzo's examples read: 200 == '200'.
  const l = typeof left === 'string' && typeof right === 'number' ? Number(left) : left;
  const r = typeof right === 'string' && typeof left === 'number' ? Number(right) : right;
  switch (operator) {
    case '==':
      return (
        l === r || (typeof l === 'string' && typeof r === 'string' && l.toLowerCase() === r.toLowerCase())
      );
    case '!=':
      return !compare(left, '==', right);
    case '<':
      return typeof l === 'number' && typeof r === 'number' && l < r;
    case '>':
      return typeof l === 'number' && typeof r === 'number' && l > r;
    case '<=':
      return typeof l === 'number' && typeof r === 'number' && l <= r;
    default:
      return typeof l === 'number' && typeof r === 'number' && l >= r;
  }
}

/** Whether a condition is one this runner can evaluate (validation uses it). */
export function conditionProblem(condition: string): string | undefined {
  if (condition.length > 1000) return 'is longer than 1000 characters';
  for (const clause of condition.split(/\s*(?:&&|\|\|)\s*/)) {
    const match = COMPARISON.exec(clause.trim());
    if (!match) {
      if (/^\$[A-Za-z]/.test(clause.trim()) && parseExpression(clause.trim())) continue;
      return `"${clause.trim()}" is not a comparison (use ==, !=, <, >, <=, >=)`;
    }
    for (const side of [match[1]!, match[3]!]) {
      const trimmed = side.trim();
      if (trimmed.startsWith('$') && !parseExpression(trimmed))
        return `${trimmed} is not a runtime expression this runner reads`;
    }
  }
  return undefined;
}

/**
 * Evaluates a condition: comparisons joined by `&&` and `||` (`&&` binds tighter), no
 * parentheses. A bare expression is true when it finds a truthy value.
 */
export function evaluateCondition(condition: string, scope: ExpressionScope): boolean {
  return condition.split(/\s*\|\|\s*/).some((alternative) =>
    alternative.split(/\s*&&\s*/).every((clause) => {
      const match = COMPARISON.exec(clause.trim());
      if (!match) return Boolean(literal(clause, scope));
      return compare(literal(match[1]!, scope), match[2]!, literal(match[3]!, scope));
    }),
  );
}
