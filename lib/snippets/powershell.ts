import { printValue, type Segment } from './print-value';
import { psDoubleQuotedContent, psSingleQuote } from './quote';
import { refusalComment, snippetHeaders, urlWithQuery } from './request-parts';
import { toSnippetBody } from './snippet-body';
import { suggestedCustomer, tokenEndpoint, type TokenCommandInput } from './token-command';
import type { EnvRef, SnippetRequest } from './types';

const psEnv = (ref: EnvRef) => `$env:${ref.env}`;

/** A string's content with variables spelt `$env:NAME`, or `${env:NAME}` where the next character would extend the name. */
function expandable(segments: readonly Segment[], escape: (text: string) => string): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'string') return escape(segment);
      const next = segments[index + 1];
      return typeof next === 'string' && /^[\w:?]/.test(next) ? `\${env:${segment.env}}` : psEnv(segment);
    })
    .join('');
}
const METHOD_NAMES = { GET: 'Get', POST: 'Post', PUT: 'Put', PATCH: 'Patch', DELETE: 'Delete' } as const;

/**
 * A verbatim here-string, or a plain single-quoted string when a line could close the here-string
 * early: PowerShell ends lines at CR as well as LF, and takes the typographic quotes for `'`.
 */
function verbatim(text: string): string {
  return /(^|[\r\n])[ \t]*['\u2018-\u201b]@/.test(text) ? psSingleQuote(text) : `@'\n${text}\n'@`;
}

/** PowerShell `Invoke-WebRequest` (Windows PowerShell 5.1 and PowerShell 7); the token comes from `$env:CITRIX_TOKEN`. */
export function powershellSnippet(request: SnippetRequest): string {
  const body = request.body && toSnippetBody(request.body);
  if (body?.kind === 'too-large') return refusalComment(body.reason, '#');
  const all = snippetHeaders(request);
  // Windows PowerShell 5.1 refuses Content-Type in -Headers: it goes in -ContentType.
  const contentType = all.find((header) => header.name.toLowerCase() === 'content-type');
  const headers = all.filter((header) => header !== contentType);
  const width = Math.max(...headers.map((header) => psSingleQuote(header.name).length), 0);
  const lines: string[] = [];
  if (headers.length > 0) {
    lines.push('$headers = [ordered]@{');
    for (const { name, value, prefix } of headers) {
      const printed =
        typeof value === 'string'
          ? psSingleQuote(value)
          : prefix
            ? `"${expandable([prefix, value], psDoubleQuotedContent)}"`
            : psEnv(value);
      lines.push(`    ${psSingleQuote(name).padEnd(width)} = ${printed}`);
    }
    lines.push('}');
  }
  const args = [
    '-UseBasicParsing',
    `-Method ${METHOD_NAMES[request.method]}`,
    `-Uri ${psSingleQuote(urlWithQuery(request.url, request.query))}`,
  ];
  if (headers.length > 0) args.push('-Headers $headers');
  if (body) {
    if (body.kind === 'form') {
      // A hashtable body is form-encoded by Invoke-WebRequest, each value percent-encoded.
      const fieldWidth = Math.max(...body.fields.map(([name]) => psSingleQuote(name).length));
      lines.push('$body = [ordered]@{');
      for (const [name, value] of body.fields) {
        lines.push(
          `    ${psSingleQuote(name).padEnd(fieldWidth)} = ${typeof value === 'string' ? psSingleQuote(value) : psEnv(value)}`,
        );
      }
      lines.push('}');
    } else if (body.kind === 'json' && body.hasEnvRefs) {
      // An expandable here-string: double quotes need no escape inside it, `$` and backticks do.
      const text = expandable(printValue(body.value), (literal) =>
        literal.replace(/[`$]/g, (char) => '`' + char),
      );
      lines.push(`$body = @"\n${text}\n"@`);
    } else {
      lines.push(`$body = ${verbatim(body.text)}`);
    }
    if (contentType && typeof contentType.value === 'string')
      args.push(`-ContentType ${psSingleQuote(contentType.value)}`);
    args.push('-Body $body');
  }
  lines.push(
    `$response = Invoke-WebRequest ${args.join(' `\n    ')}`,
    '$response.StatusCode',
    '$response.Content',
  );
  return lines.join('\n') + '\n';
}

/** PowerShell that mints a token and leaves it in `$token`, with `$headers` ready for a call. */
export function powershellTokenCommand(input: TokenCommandInput): string {
  const url = tokenEndpoint(input, '$($env:CUSTOMER_ID)');
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
