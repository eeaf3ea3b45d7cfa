import { EnvRef, type JsonValue } from './types';

/** A printed piece of code: literal text, or a spot where an environment variable goes. */
export type Segment = string | EnvRef;

/** Only a value the app made (an `EnvRef`), never a body object that looks like one. */
export function isEnvRef(value: unknown): value is EnvRef {
  return EnvRef.is(value);
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

/** What is left to print: a value at a depth, or a finished piece of text. */
type Task = { value: JsonValue; depth: number } | { text: Segment };

/**
 * Pretty-prints a JSON value as segments in a JSON-like language (JSON itself, Python, JS object
 * literals): the caller decides how an environment variable is spelt, and how the segments join.
 * With an explicit stack, not recursion: a body the user pasted may be wide or deep.
 */
export function printValue(value: JsonValue, dialect: Partial<Dialect> = {}, depth = 0): Segment[] {
  const d = { ...JSON_DIALECT, ...dialect };
  const out: Segment[] = [];
  const stack: Task[] = [{ value, depth }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if ('text' in task) {
      out.push(task.text);
      continue;
    }
    const { value: item, depth: level } = task;
    if (item === null) out.push(d.nullLiteral);
    else if (item === true) out.push(d.trueLiteral);
    else if (item === false) out.push(d.falseLiteral);
    // JSON.parse gives Infinity for 1e400; JSON itself has no such literal, and sends null.
    else if (typeof item === 'number') out.push(Number.isFinite(item) ? JSON.stringify(item) : d.nullLiteral);
    else if (typeof item === 'string') out.push(JSON.stringify(item));
    else if (isEnvRef(item)) for (const segment of d.envValue(item)) out.push(segment);
    else {
      const isArray = Array.isArray(item);
      const entries: [string | undefined, JsonValue][] = isArray
        ? item.map((entry): [undefined, JsonValue] => [undefined, entry])
        : Object.entries(item);
      const [open, end] = isArray ? ['[', ']'] : ['{', '}'];
      if (entries.length === 0) {
        out.push(open + end);
        continue;
      }
      out.push(open + '\n');
      const pad = d.indent.repeat(level + 1);
      // Pushed in reverse: the stack pops the first entry first.
      stack.push({ text: d.indent.repeat(level) + end });
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, entry] = entries[index]!;
        stack.push({ text: index < entries.length - 1 ? ',\n' : '\n' });
        stack.push({ value: entry, depth: level + 1 });
        stack.push({ text: key === undefined ? pad : `${pad}${JSON.stringify(key)}: ` });
      }
    }
  }
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
