import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { registerDocument } from '@/lib/sandbox/generic/documents';
import { resetSandboxData } from '@/lib/services/sandbox-state';

import { DOCUMENT_HEADER } from './serve-generic';
import { callJson, callSandbox, serveDocumentForTests, setupTestEnv } from './test-support';

/**
 * The schema-driven sandbox on a small WEM-shaped document the project writes itself: the state
 * of a collection across its operations, the checks on a request body, isolation per customer.
 */

setupTestEnv();

const TEXT = readFileSync(path.resolve(process.cwd(), 'lib/import/testdata/wem-machines.yaml'), 'utf8');
const MACHINES = '/wem/services/wem/machines';
const headers = serveDocumentForTests(TEXT);

type Machine = { id: number; name: string; siteId: number; description?: string; type?: string };

const list = async (query = '', customerId?: string) =>
  (await callJson<{ items: Machine[] }>(`${MACHINES}${query}`, { headers, customerId })).body.items;

describe('a collection of an imported document on the sandbox', () => {
  it('create → the list and the item show it → update → read shows the change → delete → 404', async () => {
    const before = await list();
    expect(before).toHaveLength(2);
    expect(before[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) });

    const created = await callSandbox(MACHINES, {
      method: 'POST',
      headers,
      body: { description: 'Made by the test', type: 'Group', enabled: true },
    });
    // WEM answers 201 without a body, as its document declares.
    expect(created.status).toBe(201);
    expect(await created.text()).toBe('');
    const after = await list();
    expect(after).toHaveLength(3);
    const mine = after.find((machine) => machine.description === 'Made by the test')!;
    expect(mine).toMatchObject({ type: 'Group' });
    expect(new Set(after.map((machine) => machine.id)).size).toBe(3);

    const read = await callJson<Machine>(`${MACHINES}/${mine.id}`, { headers });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: mine.id, description: 'Made by the test' });

    // WEM updates with PUT on the collection, the id in the body.
    const updated = await callSandbox(MACHINES, {
      method: 'PUT',
      headers,
      body: { id: mine.id, description: 'Renamed' },
    });
    expect(updated.status).toBe(204);
    expect((await callJson<Machine>(`${MACHINES}/${mine.id}`, { headers })).body.description).toBe('Renamed');

    const deleted = await callSandbox(`${MACHINES}/${mine.id}`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
    const gone = await callJson<{ type: string; detail: string }>(`${MACHINES}/${mine.id}`, { headers });
    expect(gone.status).toBe(404);
    // Citrix's common error body: the document declares no error model of its own.
    expect(gone.body.type).toBe('https://errors-api.cloud.com/common/notFound');
    expect(await list()).toHaveLength(2);
  });

  it('the same request gives the same answer (deterministic seed)', async () => {
    const first = await list();
    await resetSandboxData();
    expect(await list()).toEqual(first);
  });

  it('a declared filter filters (never silently ignored)', async () => {
    const all = await list();
    expect(await list(`?siteId=${all[0]!.siteId}`)).toHaveLength(all.length);
    expect(await list('?siteId=987654')).toEqual([]);
  });

  it('a body that fails the request schema gets a 400 naming the field, and changes nothing', async () => {
    const refused = await callJson<{ type: string; detail: string }>(MACHINES, {
      method: 'POST',
      headers,
      body: { type: 'Laptop' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('/type');
    expect(refused.body.detail).toContain('/type must be one of Group, Computer, OU, Catalog');
    expect(await list()).toHaveLength(2);
  });

  it("one customer's changes are not another's", async () => {
    await callSandbox(MACHINES, { method: 'POST', headers, body: { description: 'Only for demo01' } });
    expect(await list()).toHaveLength(3);
    expect(await list('', 'othercustomer')).toHaveLength(2);
  });

  it('without the document header (a copied cURL command) the registered document still answers', async () => {
    const response = await callJson<{ items: Machine[] }>(MACHINES);
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(2);
  });

  it('authentication comes first: no token is 401 even on a served path', async () => {
    const response = await callSandbox(MACHINES, { headers: { ...headers, authorization: null } });
    expect(response.status).toBe(401);
  });

  it('without Citrix-CustomerId, which the document requires, the call is refused as on Citrix', async () => {
    const response = await callSandbox(MACHINES, { headers: { ...headers, 'citrix-customerid': null } });
    expect(response.status).toBe(401);
  });
});

describe('a DaaS-shaped document: ?async=true where declared', () => {
  const daas = JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'DaaS async shape', version: '1' },
    servers: [{ url: 'https://api.cloud.com/cvad/manage' }],
    paths: {
      '/Things': {
        post: {
          operationId: 'Things_Create',
          parameters: [{ in: 'query', name: 'async', schema: { type: 'boolean' } }],
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            '202': { description: 'Accepted' },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', properties: { Id: { type: 'string' }, Name: { type: 'string' } } },
        ErrorData: { type: 'object', properties: { ErrorMessage: { type: 'string' } } },
      },
    },
  });

  it('answers 202 with the Location of a job the Jobs routes know', async () => {
    const registered = await registerDocument(daas);
    if (!registered.ok) throw new Error(registered.message);
    const site = {
      'citrix-instanceid': 'd07b0649-ff84-4e01-a764-8b14efe41ce2',
      [DOCUMENT_HEADER]: registered.id,
    };
    const sync = await callJson<{ Name: string }>('/cvad/manage/Things', {
      method: 'POST',
      headers: site,
      body: {},
    });
    expect(sync.status).toBe(200);
    const started = await callSandbox('/cvad/manage/Things?async=true', {
      method: 'POST',
      headers: site,
      body: {},
    });
    expect(started.status).toBe(202);
    const location = started.headers.get('location')!;
    expect(location).toMatch(/\/cvad\/manage\/Jobs\/[0-9a-f-]{36}$/);
    const job = await callJson<{ Id: string; Status: string }>(
      new URL(location).pathname.replace(/^\/sandbox/, ''),
      {
        headers: site,
      },
    );
    expect(job.status).toBe(200);
    expect(job.body.Id).toBe(location.split('/').pop());
    // Without the header DaaS needs, the gateway's bare 500, as on Citrix.
    const noCustomer = await callSandbox('/cvad/manage/Things', {
      method: 'POST',
      headers: { ...site, 'citrix-customerid': null },
      body: {},
    });
    expect(noCustomer.status).toBe(500);
  });
});

describe('hostile documents', () => {
  it('a $ref cycle and a deep body are served within bounds; an oversized document is refused', async () => {
    const cyclic = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 'Cycles', version: '1' },
      servers: [{ url: 'https://api.cloud.com/cycles' }],
      paths: {
        '/nodes': {
          get: {
            responses: {
              '200': {
                description: 'OK',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
                  },
                },
              },
            },
          },
          post: {
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
            },
            responses: { '201': { description: 'Created' } },
          },
        },
        '/nodes/{id}': { get: { responses: { '200': { description: 'OK' } } } },
      },
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: { id: { type: 'string' }, child: { $ref: '#/components/schemas/Node' } },
          },
        },
      },
    });
    const registered = await registerDocument(cyclic);
    if (!registered.ok) throw new Error(registered.message);
    const named = { [DOCUMENT_HEADER]: registered.id };
    const listed = await callJson<unknown[]>('/cycles/nodes', { headers: named });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(2);
    let deep: Record<string, unknown> = { id: 'leaf' };
    for (let depth = 0; depth < 60; depth += 1) deep = { id: `n${depth}`, child: deep };
    const created = await callSandbox('/cycles/nodes', { method: 'POST', headers: named, body: deep });
    expect(created.status).toBe(201);

    const refused = await registerDocument(`${cyclic}${' '.repeat(9 * 1024 * 1024)}`);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('up to 8 MB') });
  });
});
