import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';
import { resetSandboxData } from '@/lib/services/sandbox-state';

setupTestEnv();

/** zod's own wording names the schema; the sandbox's 400s name the request (issue 14 finding 4). */
const ZOD_WORDING = /Invalid option|Invalid input|Too big|Too small|expected|received|Unrecognized/;

describe('sandbox validation messages', () => {
  beforeEach(() => resetSandboxData());

  it('Administrators: a bad accessType says which values are allowed', async () => {
    const result = await callJson<{ detail: string; status: number }>('/administrators/$create', {
      method: 'POST',
      body: {
        type: 'AdministratorUser',
        providerType: 'CitrixSts',
        accessType: 'Root',
        email: 'a@contoso.example',
      },
    });
    expect(result.status).toBe(400);
    expect(result.body.detail).toBe('accessType must be one of Full, Custom, Reinvite.');
  });

  it('Administrators: our own refinement keeps its words', async () => {
    const result = await callJson<{ detail: string }>('/administrators/$create', {
      method: 'POST',
      body: { type: 'AdministratorUser', providerType: 'CitrixSts', accessType: 'Full' },
    });
    expect(result.body.detail).toBe('The email field is required.');
  });

  it('Administrators: an over-long field says how long it was and may be', async () => {
    const result = await callJson<{ detail: string }>('/administrators/$create', {
      method: 'POST',
      body: {
        type: 'AdministratorUser',
        providerType: 'CitrixSts',
        accessType: 'Full',
        email: 'a@contoso.example',
        firstName: 'x'.repeat(500),
      },
    });
    expect(result.body.detail).toBe('firstName is too long (500 characters; at most 128).');
  });

  it('Citrix-shaped 400s keep their codes, with a product message', async () => {
    const missing = await callJson<{ type: string; detail: string; parameters: { name: string }[] }>(
      '/resourcelocations',
      { method: 'POST', body: {} },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.type).toBe('https://errors-api.cloud.com/common/missing');
    expect(missing.body.detail).toBe('name is required.');
    const tooLong = await callJson<{ type: string; detail: string }>('/resourcelocations', {
      method: 'POST',
      body: { name: 'x'.repeat(65) },
    });
    expect(tooLong.body.type).toBe('https://errors-api.cloud.com/common/tooLong');
    expect(tooLong.body.detail).toBe('name is too long (65 characters; at most 64).');
    const wrongType = await callJson<{ type: string; detail: string }>('/resourcelocations', {
      method: 'POST',
      body: { name: 'ok', internalOnly: 'yes' },
    });
    expect(wrongType.body.type).toBe('https://errors-api.cloud.com/common/invalidString');
    expect(wrongType.body.detail).toBe('internalOnly must be true or false.');
    for (const result of [missing, tooLong, wrongType])
      expect(JSON.stringify(result.body)).not.toMatch(ZOD_WORDING);
  });

  it('DaaS ErrorData names the field without zod’s text', async () => {
    const result = await callJson<{ ErrorMessage?: string; Message?: string }>(
      '/cvad/manage/MachineCatalogs',
      {
        method: 'POST',
        headers: { 'citrix-instanceid': 'd07b0649-ff84-4e01-a764-8b14efe41ce2' },
        body: { Name: 'x', AllocationType: 'Nope' },
      },
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(ZOD_WORDING);
    expect(JSON.stringify(result.body)).toMatch(/must be one of/);
  });
});
