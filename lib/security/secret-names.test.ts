import { describe, expect, it } from 'vitest';

import { sanitizeBody } from '@/lib/history/sanitize';
import { toSnippetBody } from '@/lib/snippets/snippet-body';

import { isSecretField, isSecretHeader, isSecretQuery } from './secret-names';

describe('one rule for secret names', () => {
  it.each([
    'client_secret',
    'ClientSecret',
    'AdminPassword',
    'passwd',
    'apiKey',
    'api-key',
    'API_KEY',
    'credentials',
    'access_token',
    'refreshToken',
    'id_token',
    'token',
  ])('%s is a secret field', (name) => expect(isSecretField(name)).toBe(true));

  it.each(['ContinuationToken', 'token_type', 'Name', 'TokenCount', 'keyName'])('%s is not', (name) =>
    expect(isSecretField(name)).toBe(false),
  );

  it('headers: authentication headers and anything named like a token', () => {
    for (const name of [
      'Authorization',
      'Proxy-Authorization',
      'Cookie',
      'X-AdminCredential',
      'X-Auth-Token',
      'X-Api-Key',
    ])
      expect(isSecretHeader(name), name).toBe(true);
    for (const name of ['Citrix-CustomerId', 'Accept', 'Citrix-TransactionId'])
      expect(isSecretHeader(name), name).toBe(false);
  });

  it('query: exact names, so a ContinuationToken cursor is kept', () => {
    expect(isSecretQuery('client_secret')).toBe(true);
    expect(isSecretQuery('api_key')).toBe(true);
    expect(isSecretQuery('ContinuationToken')).toBe(false);
  });

  it('what a share link keeps is never what a snippet would read from the environment', () => {
    const body = JSON.stringify({ apiKey: 'k', name: 'n', nested: { ClientSecret: 's', note: 'x' } });
    const kept = JSON.parse(sanitizeBody(body, 'application/json', [])!) as Record<string, unknown>;
    expect(kept).toEqual({ name: 'n', nested: { note: 'x' } });
    const printed = toSnippetBody({ contentType: 'application/json', text: body });
    expect(printed.kind === 'json' && printed.hasEnvRefs).toBe(true);
    const shared = toSnippetBody({ contentType: 'application/json', text: JSON.stringify(kept) });
    expect(shared.kind === 'json' && shared.hasEnvRefs).toBe(false);
  });
});
