import { describe, expect, it } from 'vitest';

import { conformanceChecker } from './conformance';

const document = {
  components: {
    schemas: {
      Machine: {
        type: 'object',
        required: ['Id', 'Name'],
        properties: {
          Id: { type: 'string', readOnly: true },
          Name: { type: 'string' },
          Kind: { type: 'string', enum: ['Physical', 'Virtual'] },
          Cores: { type: 'integer', format: 'int32' },
          Secret: { type: 'string', writeOnly: true },
        },
      },
    },
  },
};
const machine = { $ref: '#/components/schemas/Machine' };

describe('conformanceChecker', () => {
  it('reads answers as Citrix answers: null allowed, no undeclared field, read-only required', () => {
    const answers = conformanceChecker(document);
    expect(answers.check(machine, { Id: 'm1', Name: 'W11', Kind: null, Cores: null })).toBeUndefined();
    expect(answers.check(machine, { Name: 'W11' })).toBe('/Id is required');
    expect(answers.check(machine, { Id: 'm1', Name: 'W11', Invented: true })).toBe(
      '/Invented is not a field of this model',
    );
    expect(answers.check(machine, { Id: 'm1', Name: 'W11', Cores: 2 ** 40 })).toContain('/Cores');
  });

  it('reads requests as OpenAPI says: a read-only field is not required there; the words are plain', () => {
    const requests = conformanceChecker(document, { strict: false, direction: 'request' });
    expect(requests.check(machine, { Name: 'W11', Extra: 1 })).toBeUndefined();
    expect(requests.check(machine, { Name: 'W11', Kind: 'Laptop' })).toBe(
      '/Kind must be one of Physical, Virtual',
    );
    expect(requests.check(machine, { Name: 7 })).toBe('/Name must be string');
    expect(requests.check(machine, [])).toBe('the body must be object');
  });

  it('takes a dangling reference as anything, and skips patterns (no ReDoS from a document)', () => {
    const loose = conformanceChecker({
      components: { schemas: { Odd: { type: 'string', pattern: '^(a+)+$' } } },
    });
    expect(loose.check({ $ref: '#/components/schemas/Missing' }, { any: 'thing' })).toBeUndefined();
    expect(loose.check({ $ref: '#/components/schemas/Odd' }, `${'a'.repeat(40)}!`)).toBeUndefined();
  });
});
