import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { describeIssues, describeZodError, fieldPath } from './validation-message';

const firstMessage = (schema: z.ZodType, value: unknown, options = {}) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return describeZodError(result.error, options);
};

describe('zod issues in the product’s words', () => {
  it('names an enum’s options without zod’s quoting', () => {
    const schema = z.object({ accessType: z.enum(['Full', 'Custom']) });
    expect(firstMessage(schema, { accessType: 'Root' })).toBe('accessType must be one of Full, Custom.');
    expect(firstMessage(z.object({ v: z.literal(1) }), { v: 2 })).toBe('v must be 1.');
  });

  it('says how long a string is and how long it may be', () => {
    const schema = z.object({ path: z.string().max(2048) });
    expect(firstMessage(schema, { path: 'a'.repeat(20_000) }, { labels: { path: 'The path' } })).toBe(
      'The path is too long (20000 characters; at most 2048).',
    );
    expect(firstMessage(z.object({ n: z.string().min(1) }), { n: '' })).toBe('n must not be empty.');
    expect(firstMessage(z.object({ n: z.string().min(3) }), { n: 'a' })).toBe(
      'n is too short (at least 3 characters).',
    );
  });

  it('tells a missing field from a wrong type', () => {
    const schema = z.object({ name: z.string(), count: z.number(), list: z.array(z.string()) });
    expect(firstMessage(schema, {})).toBe('name is required.');
    expect(firstMessage(schema, { name: 1 })).toBe('name must be text.');
    expect(firstMessage(schema, { name: 'x', count: 'x' })).toBe('count must be a number.');
    expect(firstMessage(schema, { name: 'x', count: 1, list: {} })).toBe('list must be a list.');
    expect(firstMessage(schema, 'nope', { root: 'The request body' })).toBe(
      'The request body must be an object.',
    );
  });

  it('covers numbers, lists, formats, unknown keys and unions', () => {
    expect(firstMessage(z.object({ n: z.number().max(5) }), { n: 6 })).toBe('n must be at most 5.');
    expect(firstMessage(z.object({ n: z.number().min(5) }), { n: 1 })).toBe('n must be at least 5.');
    expect(firstMessage(z.object({ n: z.number().multipleOf(5) }), { n: 3 })).toBe(
      'n must be a multiple of 5.',
    );
    expect(firstMessage(z.object({ l: z.array(z.number()).max(1) }), { l: [1, 2] })).toBe(
      'l has too many items (2; at most 1).',
    );
    expect(firstMessage(z.object({ l: z.array(z.number()).min(2) }), { l: [1] })).toBe(
      'l needs at least 2 items.',
    );
    expect(firstMessage(z.object({ e: z.email() }), { e: 'x' })).toBe('e must be an email address.');
    expect(firstMessage(z.object({ e: z.string().regex(/^a$/) }), { e: 'b' })).toBe(
      'e is not in the expected format.',
    );
    expect(firstMessage(z.strictObject({ a: z.string() }), { a: 'x', host: 'evil' })).toBe(
      'The request has a field this request does not take: host.',
    );
    expect(firstMessage(z.object({ u: z.union([z.string(), z.number()]) }), { u: true })).toBe(
      'u does not match any accepted form.',
    );
  });

  it('keeps messages written for the schema, and refinements’ own words', () => {
    expect(
      firstMessage(z.object({ h: z.string().regex(/^a$/, 'Header names must be HTTP tokens') }), { h: 'b' }),
    ).toBe('Header names must be HTTP tokens');
    const refined = z
      .object({ a: z.string() })
      .refine(() => false, { message: 'The email field is required.' });
    expect(firstMessage(refined, { a: 'x' })).toBe('The email field is required.');
    expect(
      firstMessage(
        z.object({ a: z.string() }).refine(() => false),
        { a: 'x' },
      ),
    ).toBe('The request is not valid.');
  });

  it('never echoes the value, and never zod’s own wording', () => {
    const schema = z.object({
      a: z.enum(['x', 'y']),
      b: z.string().max(3),
      c: z.number(),
      d: z.email(),
    });
    const result = schema.safeParse(
      { a: '<img src=x onerror=alert(1)>', b: 'SECRET_VALUE', c: 'x', d: 'q' },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    const text = JSON.stringify(describeIssues(result.error!));
    expect(text).not.toMatch(/<img|SECRET_VALUE|Invalid option|Too big|expected string|received/);
  });

  it('writes paths with indices as brackets', () => {
    expect(fieldPath(['headers', 0, 1])).toBe('headers[0][1]');
    expect(fieldPath([])).toBe('');
  });
});
