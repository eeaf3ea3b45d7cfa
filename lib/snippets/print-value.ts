import type { EnvRef, JsonValue } from './types';

/** A printed piece of code: literal text, or a spot where an environment variable goes. */
export type Segment = string | EnvRef;

export function isEnvRef(value: unknown): value is EnvRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as EnvRef).env === 'string'
  );
}

interface Dialect {
  indent: string;
  nullLiteral: string;
  trueLiteral: string;
  falseLiteral: string;
  /** How an environment variable appears as a value (for JSON: inside the string's quotes). */
  envValue: (ref: EnvRef) => Segment[];
}

const JSON_DIALECT: Dialect = {
  indent: '  ',
  nullLiteral: 'null',
  trueLiteral: 'true',
  falseLiteral: 'false',
  envValue: (ref) => ['"', ref, '"'],
};

/**
 * Pretty-prints a JSON value as segments in a JSON-like language (JSON itself, Python, JS object
 * literals): the caller decides how an environment variable is spelt, and how the segments join.
 */
export function printValue(value: JsonValue, dialect: Partial<Dialect> = {}, depth = 0): Segment[] {
  const d = { ...JSON_DIALECT, ...dialect };
  if (value === null) return [d.nullLiteral];
  if (value === true) return [d.trueLiteral];
  if (value === false) return [d.falseLiteral];
  if (typeof value === 'number' || typeof value === 'string') return [JSON.stringify(value)];
  if (isEnvRef(value)) return d.envValue(value);
  const pad = d.indent.repeat(depth + 1);
  const close = d.indent.repeat(depth);
  const entries: Segment[][] = Array.isArray(value)
    ? value.map((item) => printValue(item, d, depth + 1))
    : Object.entries(value).map(([key, item]) => [
        JSON.stringify(key),
        ': ',
        ...printValue(item, d, depth + 1),
      ]);
  const [open, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return [open + end];
  const out: Segment[] = [open + '\n'];
  entries.forEach((entry, index) => out.push(pad, ...entry, index < entries.length - 1 ? ',\n' : '\n'));
  out.push(close + end);
  return out;
}

/** Joins segments, spelling each environment variable with `env`. */
export function joinSegments(
  segments: readonly Segment[],
  env: (ref: EnvRef) => string,
  text: (s: string) => string = (s) => s,
): string {
  return segments.map((segment) => (typeof segment === 'string' ? text(segment) : env(segment))).join('');
}
