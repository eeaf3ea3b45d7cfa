import { printValue, type Segment } from './print-value';
import { shellQuote } from './quote';
import { refusalComment, snippetHeaders, urlWithQuery } from './request-parts';
import { toSnippetBody } from './snippet-body';
import { suggestedCustomer, tokenEndpoint, type TokenCommandInput } from './token-command';
import type { SnippetRequest } from './types';

function merge(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (typeof segment === 'string' && typeof last === 'string') merged[merged.length - 1] = last + segment;
    else merged.push(segment);
  }
  return merged;
}

/** Characters that keep their meaning inside double quotes, and so force single quotes. */
const DOUBLE_QUOTE_SPECIAL = /[$`\\"!]/;

/**
 * One shell word from literal text and variables. When the literal text is plain, the word reads
 * as people write it (`"Authorization: CwsAuth Bearer=$CITRIX_TOKEN"`); otherwise literal runs are
 * single-quoted and variables spliced between them (`'{"a": "'"$X"'"}'`).
 */
function shellWord(segments: readonly Segment[]): string {
  const merged = merge(segments);
  if (!merged.some((segment) => typeof segment !== 'string')) return shellQuote(merged.join(''));
  if (merged.every((segment) => typeof segment !== 'string' || !DOUBLE_QUOTE_SPECIAL.test(segment))) {
    const body = merged.map((segment, index) => {
      if (typeof segment === 'string') return segment;
      // ${NAME} only where the next character would otherwise extend the name.
      const next = merged[index + 1];
      return typeof next === 'string' && /^\w/.test(next) ? `\${${segment.env}}` : `$${segment.env}`;
    });
    return `"${body.join('')}"`;
  }
  return merged
    .map((segment) => (typeof segment === 'string' ? shellQuote(segment) : `"$${segment.env}"`))
    .join('');
}

/** A form field name as a form encodes it (`@`, `=` and `&` included), for --data-urlencode. */
function formName(name: string): string {
  return new URLSearchParams([[name, '']]).toString().slice(0, -1);
}

/** cURL for a POSIX shell (bash, zsh); the token comes from `$CITRIX_TOKEN`. */
export function curlSnippet(request: SnippetRequest): string {
  const body = request.body && toSnippetBody(request.body);
  if (body?.kind === 'too-large') return refusalComment(body.reason, '#');
  const lines = [
    `curl --request ${/^[A-Z]+$/.test(request.method) ? request.method : shellQuote(request.method)}`,
    `--url ${shellQuote(urlWithQuery(request.url, request.query))}`,
  ];
  for (const header of snippetHeaders(request)) {
    const value = typeof header.value === 'string' ? [header.value] : [header.prefix ?? '', header.value];
    lines.push(`--header ${shellWord([`${header.name}: `, ...value])}`);
  }
  if (body) {
    if (body.kind === 'form') {
      // --data-urlencode encodes each value, so a secret with + / = arrives intact. It sends the
      // name as written, and reads a file for `name@file`: the name goes out already encoded.
      for (const [name, value] of body.fields) {
        lines.push(`--data-urlencode ${shellWord([`${formName(name)}=`, value])}`);
      }
    } else if (body.kind === 'json' && body.hasEnvRefs) {
      lines.push(`--data-raw ${shellWord(printValue(body.value))}`);
    } else {
      lines.push(`--data-raw ${shellQuote(body.text)}`);
    }
  }
  return lines.join(' \\\n  ') + '\n';
}

/** The commands that mint a token in a POSIX shell, with cURL and jq; prints the token. */
export function curlTokenCommand(input: TokenCommandInput): string {
  const env = [
    `# export CUSTOMER_ID=${shellQuote(suggestedCustomer(input.customerId))}`,
    `# export CLIENT_ID='<your client id>'`,
    `# export CLIENT_SECRET='<your client secret>'`,
  ].join('\n');
  if (input.flow === 'trust') {
    return `${env}
# Deprecated Trust Service flow: a JSON body, built by jq so any secret is escaped correctly.
jq -n --arg id "$CLIENT_ID" --arg secret "$CLIENT_SECRET" '{ClientId: $id, ClientSecret: $secret}' \\
  | curl -sS -X POST "${tokenEndpoint(input, '$CUSTOMER_ID')}" \\
      -H 'Accept: application/json' \\
      -H 'Content-Type: application/json' \\
      --data-binary @- \\
  | jq -r .token`;
  }
  return `${env}
# --data-urlencode matters: secrets contain +, / and =, which a plain -d would corrupt.
curl -sS -X POST "${tokenEndpoint(input, '$CUSTOMER_ID')}" \\
  -H 'Accept: application/json' \\
  -H 'Content-Type: application/x-www-form-urlencoded' \\
  --data-urlencode 'grant_type=client_credentials' \\
  --data-urlencode "client_id=$CLIENT_ID" \\
  --data-urlencode "client_secret=$CLIENT_SECRET" \\
  | jq -r .access_token`;
}
