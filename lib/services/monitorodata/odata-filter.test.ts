import { describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';
import { MAX_FILTER_DEPTH, ODataQueryError, parseFilter } from './odata-filter';

setupTestEnv();

const props = { A: 'Edm.Int32', B: 'Edm.String' } as const;
const rows = [
  { A: 1, B: 'x' },
  { A: 2, B: 'y' },
];
const run = (expression: string) => rows.filter(parseFilter(expression, props, 'T')).map((row) => row.A);

describe('a hostile $filter', () => {
  it('accepts nesting up to the limit', () => {
    const nested = `${'('.repeat(MAX_FILTER_DEPTH)}A eq 1${')'.repeat(MAX_FILTER_DEPTH)}`;
    expect(run(nested)).toEqual([1]);
    expect(run(`${'not '.repeat(MAX_FILTER_DEPTH)}A eq 1`)).toEqual([1]);
  });

  it.each([
    ['4000 unbalanced "("', '('.repeat(4000)],
    ['4000 balanced parentheses', `${'('.repeat(4000)}A eq 1${')'.repeat(4000)}`],
    ['4000 "not"', `${'not '.repeat(4000)}A eq 1`],
  ])('refuses %s with a query error, not a stack overflow', (_label, expression) => {
    expect(() => run(expression)).toThrow(ODataQueryError);
    expect(() => run(expression)).toThrow(/nests too deeply \(at most 32 levels/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'does not find %s through the prototype chain',
    (name) => {
      expect(() => run(`${name} eq null`)).toThrow(`Could not find a property named '${name}' on type 'T'.`);
    },
  );

  it('reads only own properties of an entity', () => {
    const inherited = Object.create({ A: 1 }) as Record<string, unknown>;
    expect(parseFilter('A eq 1', props, 'T')(inherited)).toBe(false);
    expect(parseFilter('A eq null', props, 'T')(inherited)).toBe(true);
  });
});

describe('the Monitor OData service answers a hostile query with OData’s 400', () => {
  it.each([
    ['$filter', '('.repeat(4000)],
    ['$filter', 'constructor eq null'],
    ['$orderby', 'constructor'],
    ['$orderby', '__proto__ desc'],
    ['$select', 'constructor'],
    ['$select', 'Name,toString'],
  ])('%s=%s', async (option, value) => {
    resetSandboxData();
    const result = await callJson<{ error: { message: string } }>(
      `/monitorodata/Machines?${option}=${encodeURIComponent(value)}`,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/^The query specified in the URI is not valid\. /);
    expect(result.response.headers.get('odata-version')).toBe('4.0');
  });
});
