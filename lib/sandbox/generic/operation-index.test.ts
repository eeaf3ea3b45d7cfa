import { describe, expect, it } from 'vitest';

import { indexOperations, matchOperation } from './operation-index';
import { listLocation, resourceRoles } from './resources';

const document = {
  paths: {
    '/machines': { get: {}, post: {}, put: {} },
    '/machines/{id}': { get: {}, delete: {} },
    '/machines/$count': { get: {} },
    '/machines/{id}/tags': { get: {} },
    '/{customer}/things/{thing}': { get: {} },
    '/reports/{name}': { get: {} },
  },
};
const operations = indexOperations(document);

describe('matchOperation', () => {
  it('matches the end of the path; what comes before is the base path', () => {
    const { match } = matchOperation(operations, 'GET', '/wem/services/wem/machines/7');
    expect(match?.operation.template).toBe('/machines/{id}');
    expect(match?.params).toEqual({ id: '7' });
    expect(match?.basePath).toBe('/wem/services/wem');
  });

  it('prefers literal segments over parameters', () => {
    expect(matchOperation(operations, 'GET', '/machines/$count').match?.operation.template).toBe(
      '/machines/$count',
    );
  });

  it('says when the path exists with another method (405), and when nothing matches (404)', () => {
    expect(matchOperation(operations, 'PATCH', '/machines/7')).toEqual({
      match: undefined,
      pathMatched: true,
    });
    expect(matchOperation(operations, 'GET', '/nothing/here/at/all')).toEqual({
      match: undefined,
      pathMatched: false,
    });
  });

  it('refuses a segment that does not decode', () => {
    expect(matchOperation(operations, 'GET', '/machines/%E0%A4%A').match).toBeUndefined();
  });
});

describe('resourceRoles', () => {
  it('reads collections and items off the paths', () => {
    const roles = resourceRoles(operations);
    expect(roles.get('GET /machines')).toEqual({
      role: 'list',
      collection: '/machines',
      itemParameter: 'id',
    });
    expect(roles.get('POST /machines')?.role).toBe('create');
    expect(roles.get('PUT /machines')?.role).toBe('update');
    expect(roles.get('GET /machines/{id}')).toEqual({
      role: 'read',
      collection: '/machines',
      itemParameter: 'id',
    });
    expect(roles.get('DELETE /machines/{id}')?.role).toBe('delete');
    // No list or create above them: plain operations.
    expect(roles.get('GET /reports/{name}')?.role).toBe('other');
    expect(roles.get('GET /{customer}/things/{thing}')?.role).toBe('other');
  });
});

describe('listLocation', () => {
  it('finds the items of a page, of a bare array, and none in an object without one', () => {
    const item = { type: 'object' };
    expect(listLocation({ type: 'object', properties: { Items: { type: 'array', items: item } } })).toEqual({
      property: 'Items',
      itemSchema: item,
    });
    expect(listLocation({ type: 'array', items: item })).toEqual({ itemSchema: item });
    expect(listLocation({ type: 'object', properties: { name: { type: 'string' } } })).toBeUndefined();
  });
});
