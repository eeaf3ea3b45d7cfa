import { describe, expect, it } from 'vitest';

import { matchOperation } from './operation-match';

const document = {
  openapi: '3.1.0',
  paths: {
    '/Machines': { get: {}, post: {} },
    '/Machines/{nameOrId}': { get: {}, patch: {}, delete: {}, parameters: [] },
    '/Machines/{nameOrId}/$start': { post: {} },
    '/Sessions({id})': { get: {} },
    '/records/$search': { post: {} },
  },
};

describe('matchOperation', () => {
  it.each([
    ['GET', '/Machines', '/Machines'],
    ['POST', '/Machines', '/Machines'],
    ['GET', '/Machines/abc-123', '/Machines/{nameOrId}'],
    ['DELETE', '/Machines/DOMAIN%5Cpc', '/Machines/{nameOrId}'],
    ['POST', '/Machines/abc/$start', '/Machines/{nameOrId}/$start'],
    ['POST', '/machines/abc/$START', '/Machines/{nameOrId}/$start'],
    ['GET', "/Sessions('s-1')", '/Sessions({id})'],
  ])('%s %s matches %s', (method, path, template) => {
    expect(matchOperation(document, method, path)).toEqual({ ok: true, template });
  });

  it('names the methods the path does declare', () => {
    expect(matchOperation(document, 'PUT', '/Machines/abc')).toEqual({
      ok: false,
      reason: 'no-method',
      allowed: ['DELETE', 'GET', 'PATCH'],
    });
  });

  it.each(['/Machines/a/b', '/Machines/', '/Other', '/Machines/abc/$stop', '/'])(
    '%s matches no template',
    (path) => {
      expect(matchOperation(document, 'GET', path)).toEqual({ ok: false, reason: 'no-path' });
    },
  );

  it('treats regex characters in templates literally', () => {
    expect(matchOperation({ paths: { '/a.b': { get: {} } } }, 'GET', '/aXb')).toEqual({
      ok: false,
      reason: 'no-path',
    });
  });

  it('copes with a document without paths', () => {
    expect(matchOperation({}, 'GET', '/x')).toEqual({ ok: false, reason: 'no-path' });
    expect(matchOperation({ paths: 'nonsense' }, 'GET', '/x')).toEqual({ ok: false, reason: 'no-path' });
  });
});
