import { isRecord } from '@/lib/json/is-record';

import type { BodySpec } from './types';

export type BodyCheck = { ok: true } | { ok: false; message: string };

/** "line 3, column 5" for a character offset into the text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${(lines[lines.length - 1]?.length ?? 0) + 1}`;
}

/** V8's JSON.parse message, with its "at position N" turned into a line and column a person can find. */
function describeSyntaxError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw)?.[1];
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
  return position === undefined ? reason : `${reason} at ${lineAndColumn(text, Number(position))}`;
}

/**
 * Checks a body before it is sent: present when required; for JSON bodies, valid JSON, an object
 * when the schema wants one; for JSON and form bodies, every required top-level field. The message names the
 * problem ("The body is missing the required field “name”.").
 */
export function checkBody(text: string, body: BodySpec | undefined): BodyCheck {
  if (!body) return { ok: true };
  if (text.trim() === '')
    return body.required ? { ok: false, message: 'The request body is required.' } : { ok: true };
  if (/x-www-form-urlencoded/i.test(body.contentType))
    return missingFields(new Set(new URLSearchParams(text.trim()).keys()), body.requiredFields);
  if (!/json/i.test(body.contentType)) return { ok: true };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The body is not valid JSON: ${describeSyntaxError(text, error)}.` };
  }
  const isObject = isRecord(value);
  if (body.expectsObject && !isObject)
    return { ok: false, message: 'The body must be a JSON object ({ … }).' };
  if (!isObject) return { ok: true };
  return missingFields(new Set(Object.keys(value as object)), body.requiredFields);
}

function missingFields(present: ReadonlySet<string>, required: readonly string[]): BodyCheck {
  const missing = required.filter((field) => !present.has(field));
  if (missing.length === 1)
    return { ok: false, message: `The body is missing the required field “${missing[0]}”.` };
  if (missing.length > 1)
    return {
      ok: false,
      message: `The body is missing the required fields ${missing.map((field) => `“${field}”`).join(', ')}.`,
    };
  return { ok: true };
}
