import type { AuthFlow } from '@/lib/schemas/credentials';
import { jsonString, psSingleQuote, shellQuote } from '@/lib/snippets/quote';

export type TokenSnippetLanguage = 'curl' | 'python' | 'powershell';

export interface TokenSnippetInput {
  /** The absolute token endpoint URL, with `$CUSTOMER_ID` left for the shell to fill. */
  flow: AuthFlow;
  /** e.g. `https://api-us.cloud.com` or `http://localhost:3000/sandbox`. */
  base: string;
  /** The customer ID to suggest in the `export` line (not a secret). */
  customerId: string;
}

function endpoint(input: TokenSnippetInput, customer: string): string {
  return input.flow === 'trust'
    ? `${input.base}/${customer}/tokens/clients`
    : `${input.base}/cctrustoauth2/${customer}/tokens/clients`;
}

/**
 * The customer ID as the snippets suggest it, in comment lines: printable ASCII only, so nothing
 * typed into a profile can end the comment and run as a command; anything else is a placeholder.
 */
function suggestedCustomer(customerId: string): string {
  return /^[\x20-\x7e]{1,128}$/.test(customerId) ? customerId : '<your customer id>';
}

function curl(input: TokenSnippetInput): string {
  const env = [
    `# export CUSTOMER_ID=${shellQuote(suggestedCustomer(input.customerId))}`,
    `# export CLIENT_ID='<your client id>'`,
    `# export CLIENT_SECRET='<your client secret>'`,
  ].join('\n');
  if (input.flow === 'trust') {
    return `${env}
# Deprecated Trust Service flow: a JSON body, built by jq so any secret is escaped correctly.
jq -n --arg id "$CLIENT_ID" --arg secret "$CLIENT_SECRET" '{ClientId: $id, ClientSecret: $secret}' \\
  | curl -sS -X POST "${endpoint(input, '$CUSTOMER_ID')}" \\
      -H 'Accept: application/json' \\
      -H 'Content-Type: application/json' \\
      --data-binary @- \\
  | jq -r .token`;
  }
  return `${env}
# --data-urlencode matters: secrets contain +, / and =, which a plain -d would corrupt.
curl -sS -X POST "${endpoint(input, '$CUSTOMER_ID')}" \\
  -H 'Accept: application/json' \\
  -H 'Content-Type: application/x-www-form-urlencoded' \\
  --data-urlencode 'grant_type=client_credentials' \\
  --data-urlencode "client_id=$CLIENT_ID" \\
  --data-urlencode "client_secret=$CLIENT_SECRET" \\
  | jq -r .access_token`;
}

function python(input: TokenSnippetInput): string {
  const url = endpoint(input, '{CUSTOMER_ID}');
  const call =
    input.flow === 'trust'
      ? `response = requests.post(
    f"${url}",
    headers={"Accept": "application/json"},
    json={"ClientId": CLIENT_ID, "ClientSecret": CLIENT_SECRET},
)`
      : `# requests form-encodes the data dict, so +, / and = in the secret survive.
response = requests.post(
    f"${url}",
    headers={"Accept": "application/json"},
    data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    },
)`;
  return `import os
from pprint import pprint

import requests

CUSTOMER_ID = os.environ.get("CUSTOMER_ID", ${jsonString(suggestedCustomer(input.customerId))})
CLIENT_ID = os.environ["CLIENT_ID"]
CLIENT_SECRET = os.environ["CLIENT_SECRET"]

${call}
response.raise_for_status()
token = response.json()
pprint(token)
`;
}

function powershell(input: TokenSnippetInput): string {
  const url = endpoint(input, '$($env:CUSTOMER_ID)');
  const request =
    input.flow === 'trust'
      ? `$body = @{ ClientId = $env:CLIENT_ID; ClientSecret = $env:CLIENT_SECRET } | ConvertTo-Json
$response = Invoke-WebRequest -Method Post -Uri "${url}" \`
  -Headers @{ Accept = 'application/json' } -ContentType 'application/json' -Body $body
$token = ($response.Content | ConvertFrom-Json).token`
      : `# A hashtable body is form-encoded by Invoke-WebRequest, so the secret is escaped correctly.
$body = @{
  grant_type    = 'client_credentials'
  client_id     = $env:CLIENT_ID
  client_secret = $env:CLIENT_SECRET
}
$response = Invoke-WebRequest -Method Post -Uri "${url}" \`
  -Headers @{ Accept = 'application/json' } -ContentType 'application/x-www-form-urlencoded' -Body $body
$token = ($response.Content | ConvertFrom-Json).access_token`;
  return `# $env:CUSTOMER_ID = ${psSingleQuote(suggestedCustomer(input.customerId))}
# $env:CLIENT_ID = '<your client id>'; $env:CLIENT_SECRET = '<your client secret>'
${request}
$headers = @{ Authorization = "CwsAuth Bearer=$token"; Accept = 'application/json' }
$token`;
}

/** The commands that generate a token yourself, in the style of Citrix's getting-started guide. */
export function tokenSnippet(language: TokenSnippetLanguage, input: TokenSnippetInput): string {
  if (language === 'curl') return curl(input);
  if (language === 'python') return python(input);
  return powershell(input);
}
