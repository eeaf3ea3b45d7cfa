import { pythonSnippet } from '@/lib/snippets/python';
import { psSingleQuote } from '@/lib/snippets/quote';
import { TOKEN_ENV } from '@/lib/snippets/types';

/** What a copied query needs: its URL and who it is for. Never a token. */
export interface QuerySnippetInput {
  serviceRoot: string;
  path: string;
  query: readonly [string, string][];
  /** The session's customer ID; a placeholder when signed out. */
  customerId: string | undefined;
}

const CUSTOMER_PLACEHOLDER = '<your customer ID>';

/**
 * PowerShell with `Invoke-RestMethod`, which reads the JSON for you: the token comes from
 * `$env:CITRIX_TOKEN`, the URL is a single-quoted string (so `$filter` stays literal).
 */
export function powershellQuery(input: QuerySnippetInput, url: string): string {
  const customer = psSingleQuote(input.customerId ?? CUSTOMER_PLACEHOLDER);
  return [
    '$headers = @{',
    `    'Authorization'     = "CwsAuth Bearer=$env:${TOKEN_ENV}"`,
    `    'Citrix-CustomerId' = ${customer}`,
    `    'Accept'            = 'application/json'`,
    '}',
    `$answer = Invoke-RestMethod -Method Get -Headers $headers -Uri ${psSingleQuote(url)}`,
    '$answer.value | Format-Table',
    '',
  ].join('\n');
}

/** Python with `requests` (the explorer's own generator): the token from `os.environ`. */
export function pythonQuery(input: QuerySnippetInput): string {
  return pythonSnippet({
    method: 'GET',
    url: `${input.serviceRoot}${input.path}`,
    query: [...input.query],
    headers: [
      ['Citrix-CustomerId', input.customerId ?? CUSTOMER_PLACEHOLDER],
      ['Accept', 'application/json'],
    ],
    authorization: true,
  });
}
