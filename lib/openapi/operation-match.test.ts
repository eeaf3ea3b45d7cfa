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
    expect(matchOperation(document, method, path)).toMatchObject({ ok: true, template });
  });

  it('gives the operationId and the decoded path parameters', () => {
    const withIds = {
      paths: {
        '/Machines/{nameOrId}': { get: { operationId: 'Machines_GetMachine' } },
        '/Machines/$search': { get: { operationId: 'Machines_Search' } },
        "/Sessions('{id}')/{part}": { get: {} },
      },
    };
    expect(matchOperation(withIds, 'GET', '/machines/DOMAIN%5Cpc')).toEqual({
      ok: true,
      template: '/Machines/{nameOrId}',
      operationId: 'Machines_GetMachine',
      params: { nameOrId: 'DOMAIN\\pc' },
    });
    expect(matchOperation(withIds, 'GET', "/Sessions('s%201')/x")).toMatchObject({
      operationId: undefined,
      params: { id: 's 1', part: 'x' },
    });
    // A segment that does not decode is handed on as sent, not refused here.
    expect(matchOperation(withIds, 'GET', '/Machines/%E0%A4%A')).toMatchObject({
      params: { nameOrId: '%E0%A4%A' },
    });
  });

  it('prefers a literal segment over a parameter in the same position, whatever the order', () => {
    const withIds = {
      paths: {
        '/Machines/{nameOrId}': { get: { operationId: 'Machines_GetMachine' } },
        '/Machines/$search': { get: { operationId: 'Machines_Search' } },
      },
    };
    expect(matchOperation(withIds, 'GET', '/Machines/$search')).toMatchObject({
      operationId: 'Machines_Search',
    });
    expect(matchOperation(withIds, 'GET', '/Machines/other')).toMatchObject({
      operationId: 'Machines_GetMachine',
    });
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
