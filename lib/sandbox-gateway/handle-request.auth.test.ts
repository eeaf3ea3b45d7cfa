import { describe, expect, it } from 'vitest';

import { handleSandboxRequest } from './handle-request';
import { callJson, DEMO_CUSTOMER, setupTestEnv } from './test-support';

/** The gateway authenticates before it routes: without a valid token no path can be told from another. */
describe('sandbox gateway authenticates first', () => {
  const AUTH_TYPE = 'https://errors-api.cloud.com/common/authentication';

  it.each([
    ['no Authorization header', null],
    ['a malformed header', 'Bearer abc'],
    ['a token that does not verify', 'CwsAuth Bearer=eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
  ])('answers an unknown path with 401 for %s', async (_label, authorization) => {
    const result = await callJson('/no/such/route/here', { headers: { authorization } });
    expect(result.status).toBe(401);
    expect(result.body.type).toBe(AUTH_TYPE);
  });

  it('answers the same 401 for a known and an unknown path without a token', async () => {
    const known = await callJson('/notifications/items', { headers: { authorization: null } });
    const unknown = await callJson('/notifications/nope', { headers: { authorization: null } });
    expect(known.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(known.body);
  });

  it('answers a wrong method on a known path with 401 before 405', async () => {
    const result = await callJson('/systemlog/records', {
      method: 'PATCH',
      headers: { authorization: null },
    });
    expect(result.status).toBe(401);
  });

  it('answers 404 for an unknown path only after authentication', async () => {
    const result = await callJson('/no/such/route/here');
    expect(result.status).toBe(404);
    expect(result.body.type).toBe('https://errors-api.cloud.com/common/notFound');
  });

  it('keeps the token endpoints open without a token', async () => {
    setupTestEnv();
    const response = await handleSandboxRequest(
      new Request(`http://localhost:3000/sandbox/cctrustoauth2/${DEMO_CUSTOMER}/tokens/clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=password',
      }),
    );
    // The token service itself answers (OAuth error shape), not the gateway's 401.
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});
