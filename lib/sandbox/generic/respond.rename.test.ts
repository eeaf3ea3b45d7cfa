import { describe, expect, it } from 'vitest';

import {
  callJson,
  callSandbox,
  serveDocumentForTests,
  setupTestEnv,
} from '@/lib/sandbox-gateway/test-support';

/**
 * The schema-driven sandbox on items addressed by their name (DaaS's GPO `/policies/{policyName}`):
 * an update that names the item anew renames it, as Citrix does; it is then read by the new name,
 * and what lies under it (its filters) moves with it.
 */

setupTestEnv();

const policy = {
  type: 'object',
  properties: { PolicyName: { type: 'string' }, Description: { type: 'string' } },
};
const filter = { type: 'object', properties: { Id: { type: 'string' }, Value: { type: 'string' } } };
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (schema: unknown) => ({ 200: { description: 'ok', ...json(schema) } });
const DOCUMENT = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Named policies', version: '1' },
  servers: [{ url: 'https://api.cloud.com/named' }],
  paths: {
    '/policies': {
      get: { responses: ok({ type: 'array', items: policy }) },
      post: { requestBody: json(policy), responses: ok(policy) },
    },
    '/policies/{policyName}': {
      get: { responses: { ...ok(policy), 404: { description: 'not found' } } },
      patch: { requestBody: json(policy), responses: { ...ok(policy), 409: { description: 'in use' } } },
    },
    '/policies/{policyName}/filters': {
      get: { responses: ok({ type: 'array', items: filter }) },
      post: { requestBody: json(filter), responses: ok(filter) },
    },
    '/policies/{policyName}/filters/{id}': { get: { responses: ok(filter) } },
  },
});

type Policy = { PolicyName: string; Description: string };
const headers = serveDocumentForTests(DOCUMENT);

const create = (body: Policy) => callSandbox('/named/policies', { method: 'POST', headers, body });
const rename = (from: string, to: string) =>
  callJson<Policy>(`/named/policies/${from}`, { method: 'PATCH', headers, body: { PolicyName: to } });

describe('an item addressed by its name', () => {
  it('is renamed by an update, then read by the new name, its filters with it', async () => {
    await create({ PolicyName: 'Alpha', Description: 'mine' });
    const filter = await callJson<{ Id: string }>('/named/policies/Alpha/filters', {
      method: 'POST',
      headers,
      body: { Value: 'kept' },
    });

    const renamed = await rename('Alpha', 'Beta');
    expect(renamed.status).toBe(200);
    expect(renamed.body.PolicyName).toBe('Beta');
    const read = await callJson<Policy>('/named/policies/Beta', { headers });
    expect(read.body).toMatchObject({ PolicyName: 'Beta', Description: 'mine' });
    expect((await callJson('/named/policies/Alpha', { headers })).status).toBe(404);
    const moved = await callJson(`/named/policies/Beta/filters/${filter.body.Id}`, { headers });
    expect(moved.body).toMatchObject({ Value: 'kept' });
  });

  it('refuses a name another item has (409, declared), and keeps both', async () => {
    await create({ PolicyName: 'Alpha', Description: 'one' });
    await create({ PolicyName: 'Gamma', Description: 'two' });
    expect((await rename('Alpha', 'Gamma')).status).toBe(409);
    expect((await callJson<Policy>('/named/policies/Alpha', { headers })).body.Description).toBe('one');
    expect((await callJson<Policy>('/named/policies/Gamma', { headers })).body.Description).toBe('two');
  });
});
