import type { z } from 'zod';

/**
 * zod's issues in the product's words. zod's own messages ("Invalid option: expected one of
 * "Full"|"Custom"", "Too big: expected string to have <=2048 characters") describe the schema, not
 * the request, and change between zod versions; every error a user can see goes through here.
 * The value itself is never echoed (it may be huge, hostile or a secret): only its size.
 */

export interface DescribeOptions {
  /** How to name a field, by its dotted path (`path` → "The path"); default: the path itself. */
  labels?: Readonly<Record<string, string>>;
  /** What the root is called when the issue is about the whole value. */
  root?: string;
}

type Issue = z.core.$ZodIssue;

/** `headers.0.1` → `headers[0][1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const TYPE_NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  null: 'null',
};

const FORMAT_NOUN: Record<string, string> = {
  email: 'an email address',
  url: 'a URL',
  uuid: 'a UUID',
  guid: 'a UUID',
  datetime: 'a date and time (ISO 8601)',
  date: 'a date (YYYY-MM-DD)',
  time: 'a time',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  base64: 'base64 text',
  base64url: 'base64url text',
  jwt: 'a token',
};

const plural = (count: number | bigint, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

function describeOne(issue: Issue, name: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${name} is required.`;
      return `${name} must be ${TYPE_NOUN[issue.expected] ?? issue.expected}.`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      return values.length === 1
        ? `${name} must be ${values[0]}.`
        : `${name} must be one of ${values.join(', ')}.`;
    }
    case 'too_big': {
      const size = sizeOf(issue.input);
      const limit = issue.maximum;
      if (issue.origin === 'string')
        return size === undefined
          ? `${name} is too long (at most ${plural(limit, 'character')}).`
          : `${name} is too long (${plural(size, 'character')}; at most ${limit}).`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return size === undefined
          ? `${name} has too many items (at most ${limit}).`
          : `${name} has too many items (${size}; at most ${limit}).`;
      return `${name} must be at most ${limit}.`;
    }
    case 'too_small': {
      const limit = issue.minimum;
      if (issue.origin === 'string')
        return Number(limit) <= 1
          ? `${name} must not be empty.`
          : `${name} is too short (at least ${plural(limit, 'character')}).`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${name} needs at least ${plural(limit, 'item')}.`;
      return `${name} must be at least ${limit}.`;
    }
    case 'invalid_format': {
      const noun = FORMAT_NOUN[issue.format];
      return noun ? `${name} must be ${noun}.` : `${name} is not in the expected format.`;
    }
    case 'not_multiple_of':
      return `${name} must be a multiple of ${issue.divisor}.`;
    case 'unrecognized_keys':
      return `${name} has ${issue.keys.length === 1 ? 'a field' : 'fields'} this request does not take: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return `${name} does not match any accepted form.`;
    case 'invalid_key':
    case 'invalid_element':
      return `${name} has a value that is not valid.`;
    case 'custom':
      // Our own refinements carry product wording; zod's default ("Invalid input") does not.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `${name} is not valid.`;
    default:
      return `${name} is not valid.`;
  }
}

/**
 * zod's own English messages all start like this; a message that does not was written for the
 * schema (`.regex(re, 'Header names must be HTTP tokens')`) and is already in the product's words.
 */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key|Expected|Number must|Required)/;

/** One issue as a sentence: "accessType must be one of Full, Custom." */
export function describeIssue(issue: Issue, options: DescribeOptions = {}): string {
  if (issue.code !== 'custom' && issue.message && !ZOD_DEFAULT_MESSAGE.test(issue.message))
    return issue.message;
  const path = fieldPath(issue.path);
  const name = path === '' ? (options.root ?? 'The request') : (options.labels?.[path] ?? path);
  return describeOne(issue, name);
}

/** Every issue of an error, each as `{ path, message }` in product wording (no input values). */
export function describeIssues(
  error: z.ZodError,
  options: DescribeOptions = {},
): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: fieldPath(issue.path),
    message: describeIssue(issue, options),
  }));
}

/** The first issue of an error as a sentence, for a one-line error message. */
export function describeZodError(error: z.ZodError, options: DescribeOptions = {}): string {
  const first = error.issues[0];
  return first ? describeIssue(first, options) : `${options.root ?? 'The request'} is not valid.`;
}
