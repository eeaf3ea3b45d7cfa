import { joinSegments, printValue } from './print-value';
import { jsonString } from './quote';
import { refusalComment, snippetHeaders } from './request-parts';
import { toSnippetBody } from './snippet-body';
import { suggestedCustomer, tokenEndpoint, type TokenCommandInput } from './token-command';
import type { EnvRef, SnippetRequest } from './types';

const pyEnv = (ref: EnvRef) => `os.environ[${jsonString(ref.env)}]`;
const PY = {
  indent: '    ',
  nullLiteral: 'None',
  trueLiteral: 'True',
  falseLiteral: 'False',
  envValue: (ref: EnvRef) => [ref],
};

function pyDict(entries: readonly [string, string][]): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, value]) => `    ${jsonString(key)}: ${value},`).join('\n')}\n}`;
}

/** Python with `requests`; the token comes from `os.environ["CITRIX_TOKEN"]`. */
export function pythonSnippet(request: SnippetRequest): string {
  const body = request.body && toSnippetBody(request.body);
  if (body?.kind === 'too-large') return refusalComment(body.reason, '#');
  const headers = snippetHeaders(request).map(({ name, value, prefix }): [string, string] => [
    name,
    typeof value === 'string'
      ? jsonString(value)
      : prefix
        ? `${jsonString(prefix)} + ${pyEnv(value)}`
        : pyEnv(value),
  ]);
  const keys = new Set(request.query.map(([key]) => key));
  const lines = ['import os', '', 'import requests', '', `url = ${jsonString(request.url)}`];
  const args = ['url'];
  if (request.query.length > 0) {
    // A dict reads best; repeated keys need a list of pairs.
    lines.push(
      keys.size === request.query.length
        ? `params = ${pyDict(request.query.map(([key, value]) => [key, jsonString(value)]))}`
        : `params = [\n${request.query.map(([key, value]) => `    (${jsonString(key)}, ${jsonString(value)}),`).join('\n')}\n]`,
    );
    args.push('params=params');
  }
  lines.push(`headers = ${pyDict(headers)}`);
  args.push('headers=headers');
  if (body) {
    if (body.kind === 'json') {
      lines.push(`payload = ${joinSegments(printValue(body.value, PY), pyEnv)}`);
      args.push('json=payload');
    } else if (body.kind === 'form') {
      // requests form-encodes a dict passed as data=, so secrets with + / = arrive intact.
      lines.push(
        `payload = ${pyDict(body.fields.map(([key, value]) => [key, typeof value === 'string' ? jsonString(value) : pyEnv(value)]))}`,
      );
      args.push('data=payload');
    } else {
      lines.push(`payload = ${jsonString(body.text)}`);
      args.push('data=payload.encode("utf-8")');
    }
  }
  lines.push(
    '',
    `response = requests.request(${jsonString(request.method)}, ${args.join(', ')}, timeout=30)`,
  );
  lines.push('print(response.status_code)', 'print(response.text)');
  return lines.join('\n') + '\n';
}

/** A Python script that mints a token with `requests` and prints the token response. */
export function pythonTokenCommand(input: TokenCommandInput): string {
  const url = tokenEndpoint(input, '{CUSTOMER_ID}');
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
