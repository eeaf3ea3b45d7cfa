import { describe, expect, it } from 'vitest';

import { TOKEN_COMMAND_LANGUAGES, type TokenCommandInput } from './index';

const languages = TOKEN_COMMAND_LANGUAGES.map((language) => language.id);

function tokenSnippet(id: string, input: TokenCommandInput): string {
  const language = TOKEN_COMMAND_LANGUAGES.find((candidate) => candidate.id === id);
  if (!language) throw new Error(`No token command in ${id}`);
  return language.tokenCommand(input);
}
const input = { flow: 'oauth2' as const, base: 'https://api-us.cloud.com', customerId: 'acme01' };

describe('token commands', () => {
  it('are the cURL, Python and PowerShell tabs of the one snippet language list', () => {
    expect(TOKEN_COMMAND_LANGUAGES.map((language) => language.label)).toEqual([
      'cURL',
      'Python',
      'PowerShell',
    ]);
  });

  it('URL-encodes the secret in cURL (so +, / and = survive)', () => {
    const snippet = tokenSnippet('curl', input);
    expect(snippet).toContain('--data-urlencode "client_secret=$CLIENT_SECRET"');
    expect(snippet).not.toMatch(/-d ["']grant_type/);
    expect(snippet).toContain('https://api-us.cloud.com/cctrustoauth2/$CUSTOMER_ID/tokens/clients');
    expect(snippet).toContain('jq -r .access_token');
  });

  it('reads every credential from the environment in Python, with requests and pprint', () => {
    const snippet = tokenSnippet('python', input);
    expect(snippet).toContain('CLIENT_SECRET = os.environ["CLIENT_SECRET"]');
    expect(snippet).toContain('from pprint import pprint');
    expect(snippet).toContain('data={');
  });

  it('uses Invoke-WebRequest and ConvertFrom-Json in PowerShell', () => {
    const snippet = tokenSnippet('powershell', input);
    expect(snippet).toContain('Invoke-WebRequest -Method Post');
    expect(snippet).toContain('ConvertFrom-Json');
    expect(snippet).toContain('$env:CLIENT_SECRET');
  });

  it('posts JSON to the trust service for the deprecated flow', () => {
    const trust = { ...input, base: 'https://trust.citrixworkspacesapi.net' };
    expect(tokenSnippet('curl', { ...trust, flow: 'trust' })).toContain(
      'https://trust.citrixworkspacesapi.net/$CUSTOMER_ID/tokens/clients',
    );
    expect(tokenSnippet('python', { ...trust, flow: 'trust' })).toContain('json={"ClientId": CLIENT_ID');
  });

  it('never carries a secret or a token, whatever the customer ID', () => {
    for (const language of languages) {
      const snippet = tokenSnippet(language, { ...input, customerId: "it's" });
      expect(snippet).not.toMatch(/Sbx3Demo|eyJ/);
    }
  });

  it('never lets a customer ID end a comment line and run', () => {
    for (const language of languages) {
      for (const customerId of ['a\ntouch /tmp/x', 'a\rtouch /tmp/x', 'a\u2028b'])
        expect(tokenSnippet(language, { ...input, customerId })).not.toMatch(/touch|\u2028/);
    }
    expect(tokenSnippet('curl', { ...input, customerId: 'a\nb' })).toContain("'<your customer id>'");
  });

  it('quotes a customer ID safely in the shell', () => {
    expect(tokenSnippet('curl', { ...input, customerId: "a'b" })).toContain(`'a'\\''b'`);
  });
});
