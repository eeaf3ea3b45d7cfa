import { describe, expect, it } from 'vitest';

import {
  BindingError,
  conditionProblem,
  evaluate,
  evaluateCondition,
  expressionsIn,
  resolvePointer,
  substitute,
  type ExpressionScope,
} from './expressions';

const scope: ExpressionScope = {
  inputs: { user: 'jdoe', count: 2 },
  steps: { me: { outputs: { siteId: 'site-1', raw: '{"a":[1,2]}' } } },
  response: {
    status: 200,
    headers: [['Location', '/Jobs/1']],
    body: { Items: [{ Id: 'x', 'a/b': 1, '~t': 2 }], Status: 'Complete', Count: 3 },
  },
};

describe('runtime expressions', () => {
  it('reads inputs, step outputs, the response body by JSON pointer, headers and the status', () => {
    expect(evaluate('$inputs.user', scope)).toBe('jdoe');
    expect(evaluate('$steps.me.outputs.siteId', scope)).toBe('site-1');
    expect(evaluate('$response.body#/Items/0/Id', scope)).toBe('x');
    expect(evaluate('$response.body#/Items/0/a~1b', scope)).toBe(1);
    expect(evaluate('$response.body#/Items/0/~0t', scope)).toBe(2);
    expect(evaluate('$response.header.location', scope)).toBe('/Jobs/1');
    expect(evaluate('$statusCode', scope)).toBe(200);
    expect(evaluate('$steps.me.outputs.raw#/a/1', scope)).toBe(2);
  });

  it('finds nothing rather than walking the prototype or a bad index', () => {
    expect(resolvePointer({}, '#/constructor')).toBeUndefined();
    expect(resolvePointer({ a: [1] }, '#/a/01')).toBeUndefined();
    expect(resolvePointer({ a: 1 }, 'no-slash')).toBeUndefined();
    expect(evaluate('$steps.nope.outputs.x', scope)).toBeUndefined();
  });

  it('substitutes whole and embedded expressions, and names where a binding found nothing', () => {
    expect(
      substitute(
        { a: '$inputs.count', b: 'user {$inputs.user}!', c: ['$steps.me.outputs.siteId'] },
        scope,
        'body',
      ),
    ).toEqual({
      a: 2,
      b: 'user jdoe!',
      c: ['site-1'],
    });
    expect(() => substitute({ deep: ['$response.body#/Items/5/Id'] }, scope, 'requestBody')).toThrow(
      BindingError,
    );
    try {
      substitute({ deep: ['$response.body#/Items/5/Id'] }, scope, 'requestBody');
    } catch (error) {
      expect((error as BindingError).where).toBe('requestBody.deep[0]');
    }
    expect(expressionsIn({ a: 'x {$inputs.a} {$inputs.b}', b: ['$statusCode'] })).toEqual([
      '$inputs.a',
      '$inputs.b',
      '$statusCode',
    ]);
  });

  it('evaluates conditions with && and ||, and says why one cannot be read', () => {
    expect(evaluateCondition('$statusCode == 200', scope)).toBe(true);
    expect(evaluateCondition("$statusCode == 200 && $response.body#/Status == 'Complete'", scope)).toBe(true);
    expect(evaluateCondition('$statusCode == 404 || $response.body#/Count >= 3', scope)).toBe(true);
    expect(evaluateCondition('$response.body#/Count < 3', scope)).toBe(false);
    expect(evaluateCondition("$statusCode != '200'", scope)).toBe(false);
    expect(conditionProblem('$statusCode == 200')).toBeUndefined();
    expect(conditionProblem('statusCode is 200')).toMatch(/not a comparison/);
    expect(conditionProblem('$nope == 1')).toMatch(/not a runtime expression/);
  });
});
