import { describe, expect, it } from 'vitest';

import { callSandbox } from '@/lib/sandbox-gateway/test-support';

import { explain } from './explain';

/** The sandbox reproduces Citrix's error bodies; each one it can produce must be recognised. */
async function explained(
  path: string,
  options: Parameters<typeof callSandbox>[1],
  requestHeaders: [string, string][],
) {
  const response = await callSandbox(path, options);
  return explain(response.status, await response.text(), requestHeaders);
}

describe('explain() recognises every error body the sandbox sends', () => {
  it('406 for Accept */*', async () => {
    expect(
      await explained('/systemlog/records', { headers: { accept: '*/*' } }, [['Accept', '*/*']]),
    ).toMatchObject({ id: 'not-acceptable' });
  });

  it('401 missing and invalid', async () => {
    expect(await explained('/systemlog/records', { headers: { authorization: null } }, [])).toMatchObject({
      id: 'authentication-missing',
    });
    expect(
      await explained('/systemlog/records', { headers: { authorization: 'CwsAuth Bearer=abc.def.ghi' } }, []),
    ).toMatchObject({ id: 'authentication-invalid' });
  });

  it('the gateway 500 for DaaS without Citrix-CustomerId', async () => {
    expect(
      await explained('/cvad/manage/me', { headers: { 'citrix-customerid': null } }, [
        ['Accept', 'application/json'],
      ]),
    ).toMatchObject({ id: 'gateway-missing-customer' });
  });

  it('DaaS ErrorData without Citrix-InstanceId', async () => {
    expect(
      await explained('/cvad/manage/MachineCatalogs', {}, [['Citrix-CustomerId', 'sandboxdemo01']]),
    ).toMatchObject({ id: 'daas-missing-instance' });
  });
  it('404 for a route the sandbox does not serve: the path is named, the customer ID is not blamed', async () => {
    const explanation = await explained('/cvad/manage/NoSuchCollection', {}, [['Citrix-CustomerId', 'acme']]);
    expect(explanation).toMatchObject({ id: 'route-not-found' });
    expect(explanation?.cause).toContain('/cvad/manage/NoSuchCollection');
    expect(JSON.stringify(explanation)).not.toMatch(/customer/i);
  });
});
