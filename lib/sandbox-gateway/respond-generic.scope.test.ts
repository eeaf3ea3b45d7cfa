import { describe, expect, it } from 'vitest';

import { callJson, callSandbox, serveDocumentForTests, setupTestEnv } from './test-support';

/**
 * The schema-driven sandbox on a document shaped like DaaS's GPO policies: a list scoped by a
 * required query parameter, an answer whose enum is narrower than the request's, a DELETE with a
 * body. The document is written here, so the test runs on any clone.
 */

setupTestEnv();

const policy = {
  type: 'object',
  required: ['policyGuid', 'policySetGuid', 'kind'],
  properties: {
    policyGuid: { type: 'string' },
    policySetGuid: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ['Site', 'Group'] },
  },
};
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const DOCUMENT = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Scoped policies', version: '1' },
  servers: [{ url: 'https://api.cloud.com/scoped' }],
  paths: {
    '/policies': {
      get: {
        parameters: [{ name: 'policySetGuid', in: 'query', required: true, schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'ok',
            ...json({ type: 'object', properties: { items: { type: 'array', items: policy } } }),
          },
        },
      },
      post: {
        requestBody: json({
          type: 'object',
          properties: {
            policySetGuid: { type: 'string' },
            name: { type: 'string' },
            kind: { type: 'string', enum: ['Site', 'Group', 'Template'] },
          },
        }),
        responses: { 200: { description: 'ok', ...json(policy) } },
      },
    },
    '/types': {
      get: {
        responses: { 200: { description: 'ok', ...json({ type: 'array', items: { type: 'string' } }) } },
      },
    },
    '/types/{type}': {
      get: {
        responses: {
          200: {
            description: 'ok',
            ...json({
              type: 'object',
              properties: { typeId: { type: 'string' }, enabled: { type: 'boolean' } },
            }),
          },
        },
      },
    },
    '/policies/{policyGuid}': {
      get: { responses: { 200: { description: 'ok', ...json(policy) } } },
      delete: {
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { reason: { type: 'string' } } }),
        },
        responses: { 204: { description: 'gone' } },
      },
    },
  },
});

type Policy = { policyGuid: string; policySetGuid: string; name: string; kind: string };
const headers = serveDocumentForTests(DOCUMENT);

const list = async (set: string) =>
  (await callJson<{ items: Policy[] }>(`/scoped/policies?policySetGuid=${set}`, { headers })).body.items;

describe('a collection scoped by a required query parameter', () => {
  it('lists the items of the scope asked for; a create lands in the scope its body names', async () => {
    const seeded = await list('set-a');
    expect(seeded).toHaveLength(2);
    expect(seeded.every((item) => item.policySetGuid === 'set-a')).toBe(true);

    const created = await callJson<Policy>('/scoped/policies', {
      method: 'POST',
      headers,
      body: { policySetGuid: 'set-a', name: 'Mine', kind: 'Template' },
    });
    expect(created.status).toBe(200);
    expect(created.body.name).toBe('Mine');
    // The request's `Template` is not an answer's kind: the answer stays valid against its schema.
    expect(['Site', 'Group']).toContain(created.body.kind);

    expect((await list('set-a')).map((item) => item.name)).toContain('Mine');
    expect((await list('set-b')).map((item) => item.name)).not.toContain('Mine');
    const read = await callJson<Policy>(`/scoped/policies/${created.body.policyGuid}`, { headers });
    expect(read.body).toMatchObject({ name: 'Mine', policySetGuid: 'set-a' });
  });

  it('reads the body of a DELETE that declares one, and refuses the DELETE without it', async () => {
    const [first] = await list('set-a');
    const at = `/scoped/policies/${first!.policyGuid}`;
    const refused = await callJson<{ detail: string }>(at, { method: 'DELETE', headers });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('needs a JSON body');
    expect((await callSandbox(at, { method: 'DELETE', headers, body: { reason: 'test' } })).status).toBe(204);
    expect((await callJson(at, { headers })).status).toBe(404);
  });

  it('lists the ids of a list of strings, and each id reads', async () => {
    const ids = (await callJson<string[]>('/scoped/types', { headers })).body;
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const read = await callJson<{ typeId: string }>(`/scoped/types/${encodeURIComponent(id)}`, { headers });
      expect(read.status).toBe(200);
      expect(read.body.typeId).toBe(id);
    }
    expect((await callJson('/scoped/types/unknown', { headers })).status).toBe(404);
  });
});
