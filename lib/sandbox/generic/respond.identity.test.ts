import { describe, expect, it } from 'vitest';

import { callJson, serveDocumentForTests, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

/**
 * The schema-driven sandbox on items whose answer calls them otherwise than the request does,
 * shaped like DaaS's: an administrator is created from `User: "DOMAIN\\name"` and answered as
 * `User: { Guid, Name }`; a GPO filter is created with `FilterName` and answered as `Identifier`.
 */

setupTestEnv();

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (schema: unknown) => ({ 200: { description: 'ok', ...json(schema) } });
const administrator = {
  type: 'object',
  properties: {
    User: {
      type: 'object',
      properties: { Guid: { type: 'string', format: 'uuid' }, Name: { type: 'string' } },
    },
    Enabled: { type: 'boolean' },
  },
};
const filter = {
  type: 'object',
  properties: { Identifier: { type: 'string' }, FilterValue: { type: 'string' } },
};
const DOCUMENT = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Told apart', version: '1' },
  servers: [{ url: 'https://api.cloud.com/apart' }],
  paths: {
    '/administrators': {
      get: {
        responses: ok({ type: 'object', properties: { Items: { type: 'array', items: administrator } } }),
      },
      post: {
        requestBody: json({
          type: 'object',
          properties: { User: { type: 'string' }, Enabled: { type: 'boolean' } },
        }),
        responses: ok(administrator),
      },
    },
    '/administrators/{nameOrId}': {
      get: { responses: { ...ok(administrator), 404: { description: 'not found' } } },
      delete: { responses: { 204: { description: 'deleted' } } },
    },
    '/filters': {
      get: { responses: ok({ type: 'array', items: filter }) },
      post: {
        requestBody: json({
          type: 'object',
          properties: { FilterName: { type: 'string' }, FilterValue: { type: 'string' } },
        }),
        responses: { ...ok(filter), 409: { description: 'in use' } },
      },
    },
    '/filters/{filterName}': {
      get: { responses: { ...ok(filter), 404: { description: 'not found' } } },
    },
  },
});

type Administrator = { User: { Guid: string; Name: string }; Enabled: boolean };
type Filter = { Identifier: string; FilterValue: string };

const headers = serveDocumentForTests(DOCUMENT);

describe('an item identified by an object it holds (an administrator by its User)', () => {
  it('is listed, read by its id or name, and deleted', async () => {
    const created = await callJson<Administrator>('/apart/administrators', {
      method: 'POST',
      headers,
      body: { User: 'CORP\\ada', Enabled: true },
    });
    expect(created.status).toBe(200);
    expect(created.body.User.Name).toBe('CORP\\ada');
    const { Guid } = created.body.User;

    const list = await callJson<{ Items: Administrator[] }>('/apart/administrators', { headers });
    expect(list.body.Items.filter((item) => item.User.Guid === Guid)).toHaveLength(1);
    // Two created alike are still two: each gets its own id.
    const second = await callJson<Administrator>('/apart/administrators', {
      method: 'POST',
      headers,
      body: { User: 'CORP\\bob' },
    });
    expect(second.body.User.Guid).not.toBe(Guid);

    expect((await callJson<Administrator>(`/apart/administrators/${Guid}`, { headers })).body.User.Name).toBe(
      'CORP\\ada',
    );
    const byName = await callJson<Administrator>(`/apart/administrators/${encodeURIComponent('CORP\\ada')}`, {
      headers,
    });
    expect(byName.body.User.Guid).toBe(Guid);

    expect((await callJson(`/apart/administrators/${Guid}`, { method: 'DELETE', headers })).status).toBe(204);
    expect((await callJson(`/apart/administrators/${Guid}`, { headers })).status).toBe(404);
  });
});

describe('an item created by the name its path parameter says (a filter by FilterName)', () => {
  it('is answered with that name as its identifier, read by it, and a second of the name is refused', async () => {
    const created = await callJson<Filter>('/apart/filters', {
      method: 'POST',
      headers,
      body: { FilterName: 'BranchOffice', FilterValue: '10.0.0.0/8' },
    });
    expect(created.body.Identifier).toBe('BranchOffice');
    const read = await callJson<Filter>('/apart/filters/BranchOffice', { headers });
    expect(read.body).toEqual({ Identifier: 'BranchOffice', FilterValue: '10.0.0.0/8' });

    const again = await callJson('/apart/filters', {
      method: 'POST',
      headers,
      body: { FilterName: 'branchoffice', FilterValue: 'other' },
    });
    expect(again.status).toBe(409);
    const list = await callJson<Filter[]>('/apart/filters', { headers });
    expect(list.body.filter((item) => item.Identifier.toLowerCase() === 'branchoffice')).toHaveLength(1);
  });
});
