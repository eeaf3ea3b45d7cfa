import { inertText } from '@/lib/export/postman-inert';
import { POSTMAN_SCHEMA_V21 } from '@/lib/export/postman-types';
import { isSecretHeader } from '@/lib/security/secret-names';
import { psSingleQuote, shellQuote } from '@/lib/snippets/quote';

import { parseExpression, pointerTokens } from './expressions';
import type { RunbookRequest, RunState } from './runner';
import type { ArazzoWorkflow } from './schema';

/**
 * A run, exported: bash (cURL + jq) and PowerShell scripts that make the same calls in order,
 * each later call reading the earlier answers where the run bound them, jobs polled until they
 * end; and a Postman collection that does the same with collection variables. The token comes
 * from CITRIX_TOKEN (`{{citrixToken}}` in Postman) and is never written; every value from the run
 * is quoted as data with the snippets' own quoting (lib/snippets/quote.ts).
 */

/** Text, or a reference to a value an earlier step read from its answer. */
export type Part = string | { variable: string };

interface ChainOutput {
  variable: string;
  tokens: string[];
}

export interface ChainStep {
  stepId: string;
  operationId: string;
  method: string;
  /** The service's URL prefix (`https://api-us.cloud.com/cvad/manage`): a job must be under it. */
  base: string;
  url: Part[];
  headers: [string, Part[]][];
  body?: { contentType: string; parts: Part[] };
  job: boolean;
  outputs: ChainOutput[];
}

const MIN_BOUND_LENGTH = 3;

function variableName(stepId: string, output: string): string {
  return `${stepId}_${output}`.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}

/** Splits text at each occurrence of a known value, the value becoming its variable. */
function bindText(
  text: string,
  bound: ReadonlyMap<string, string>,
  encode = (value: string) => value,
): Part[] {
  let parts: Part[] = [text];
  for (const [value, variable] of bound) {
    const needle = encode(value);
    if (needle.length < MIN_BOUND_LENGTH) continue;
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(needle)) return [part];
      const pieces = part.split(needle);
      return pieces.flatMap((piece, index) => (index === 0 ? [piece] : [{ variable }, piece]));
    });
  }
  return parts.filter((part) => part !== '');
}

function headerFor(request: RunbookRequest, name: string) {
  return request.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

/** The steps of a run that were sent, with what later steps read from earlier answers. */
export function chainOf(workflow: ArazzoWorkflow, state: RunState): ChainStep[] {
  const bound = new Map<string, string>();
  const chain: ChainStep[] = [];
  state.steps.forEach((run, index) => {
    const step = workflow.steps[index];
    const request = run.request;
    const sent = run.calls[0]?.response;
    if (!step || !request || !sent?.url) return;
    const [urlWithoutQuery] = sent.url.split('?') as [string];
    const base = urlWithoutQuery.endsWith(request.path)
      ? urlWithoutQuery.slice(0, urlWithoutQuery.length - request.path.length)
      : urlWithoutQuery;
    const query =
      request.query.length > 0
        ? `?${new URLSearchParams(request.query).toString().replace(/\+/g, '%20')}`
        : '';
    const url = [
      ...bindText(base, new Map()),
      ...bindText(request.path, bound, encodeURIComponent),
      ...bindText(query, bound, (value) =>
        new URLSearchParams([['', value]]).toString().slice(1).replace(/\+/g, '%20'),
      ),
    ];
    const headers = request.headers
      .filter(([name]) => !isSecretHeader(name) && name.toLowerCase() !== 'content-type')
      .map(([name, value]): [string, Part[]] => [name, bindText(value, bound)]);
    const contentType = headerFor(request, 'Content-Type') ?? 'application/json';
    const body =
      request.body !== undefined ? { contentType, parts: bindText(request.body, bound) } : undefined;
    const outputs: ChainOutput[] = [];
    for (const [name, expression] of Object.entries(step.outputs ?? {})) {
      const parsed = parseExpression(expression);
      const value = run.outputs[name];
      if (
        !parsed ||
        parsed.ref.kind !== 'response' ||
        (typeof value !== 'string' && typeof value !== 'number')
      )
        continue;
      const tokens = pointerTokens(parsed.pointer ?? '') ?? [];
      const variable = variableName(step.stepId, name);
      outputs.push({ variable, tokens });
      if (!bound.has(String(value))) bound.set(String(value), variable);
    }
    chain.push({
      stepId: step.stepId,
      operationId: request.operationId,
      method: request.method,
      base,
      url,
      headers,
      ...(body ? { body } : {}),
      job: sent.status === 202,
      outputs,
    });
  });
  return chain;
}

// ---- bash ----

const bashWord = (parts: readonly Part[]) =>
  parts.length === 0
    ? "''"
    : parts.map((part) => (typeof part === 'string' ? shellQuote(part) : `"$${part.variable}"`)).join('');

function jqPath(tokens: readonly string[]): string {
  return tokens.length === 0
    ? '.'
    : tokens
        .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? `[${token}]` : `[${JSON.stringify(token)}]`))
        .join('')
        .replace(/^/, '.');
}

/** One line of comment text: no line breaks, so nothing after `#` can become a command. */
const comment = (text: string) => text.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]+/g, ' ');

export function bashScript(
  title: string,
  chain: readonly ChainStep[],
  polling = { seconds: 10, limit: 30 },
): string {
  const lines = [
    '#!/usr/bin/env bash',
    `# Runbook: ${comment(title)}`,
    '# Exported by the Citrix Cloud API Explorer from a run: the same calls, in order, each later call',
    '# reading the earlier answers with jq. The token comes from CITRIX_TOKEN and is never written here.',
    'set -euo pipefail',
    ': "${CITRIX_TOKEN:?Set CITRIX_TOKEN to a Citrix Cloud bearer token (see the Token page)}"',
    `POLL_SECONDS=${Math.max(1, Math.floor(polling.seconds))}`,
    `POLL_LIMIT=${Math.max(1, Math.floor(polling.limit))}`,
    'body_file=$(mktemp)',
    'headers_file=$(mktemp)',
    'trap \'rm -f "$body_file" "$headers_file"\' EXIT',
    '',
    "# call METHOD URL [curl arguments…]: stops the script on a 4xx or 5xx, printing Citrix's answer.",
    'call() {',
    '  local method=$1 url=$2 code',
    '  shift 2',
    '  code=$(curl -sS -X "$method" "$url" -H "Authorization: CwsAuth Bearer=$CITRIX_TOKEN" -D "$headers_file" -o "$body_file" -w \'%{http_code}\' "$@")',
    '  echo "$method $url -> $code" >&2',
    '  if [ "$code" -ge 400 ]; then cat "$body_file" >&2; echo >&2; exit 1; fi',
    '}',
    '',
    "# wait_job BASE [curl arguments…]: polls the 202's job (only under BASE) until it ends, then reads its results.",
    'wait_job() {',
    '  local base=$1 location status=""',
    '  shift',
    '  location=$(awk \'tolower($1)=="location:" {print $2}\' "$headers_file" | tr -d \'\\r\')',
    '  case "$location" in "$base"/*) ;; *) echo "The job Location $location is outside $base: not followed." >&2; exit 1 ;; esac',
    '  for _ in $(seq 1 "$POLL_LIMIT"); do',
    '    call GET "$location" "$@"',
    '    status=$(jq -r \'.Status // empty\' "$body_file")',
    '    echo "  job $status $(jq -r \'.OverallProgressPercent // 0\' "$body_file")%" >&2',
    '    case "$status" in Complete | Failed | Canceled | Cancelled) break ;; esac',
    '    sleep "$POLL_SECONDS"',
    '  done',
    '  if [ "$status" != Complete ]; then echo "The job ended ${status:-without an answer}." >&2; exit 1; fi',
    '  call GET "$location/Results" "$@"',
    '}',
  ];
  chain.forEach((step, index) => {
    const headerArgs = step.headers.map(([name, value]) => `-H ${bashWord([`${name}: `, ...value])}`);
    const args = [...headerArgs];
    if (step.body)
      args.push(
        `-H ${shellQuote(`Content-Type: ${step.body.contentType}`)}`,
        `--data-raw ${bashWord(step.body.parts)}`,
      );
    lines.push('', `# Step ${index + 1}: ${comment(step.stepId)} (${comment(step.operationId)})`);
    lines.push(
      `call ${step.method} ${bashWord(step.url)}${args.length ? ` \\\n  ${args.join(' \\\n  ')}` : ''}`,
    );
    if (step.job)
      lines.push(
        `wait_job ${shellQuote(step.base.replace(/\/$/, ''))}${headerArgs.length ? ` ${headerArgs.join(' ')}` : ''}`,
      );
    for (const output of step.outputs)
      lines.push(`${output.variable}=$(jq -r ${shellQuote(jqPath(output.tokens))} "$body_file")`);
  });
  lines.push('', 'echo "Every step is done." >&2', '');
  return lines.join('\n');
}

// ---- PowerShell ----

const psExpression = (parts: readonly Part[]) =>
  parts.length === 0
    ? "''"
    : parts.length === 1 && typeof parts[0] === 'string'
      ? psSingleQuote(parts[0])
      : `(${parts.map((part) => (typeof part === 'string' ? psSingleQuote(part) : `[string]$${part.variable}`)).join(' + ')})`;

function psPath(tokens: readonly string[]): string {
  return tokens
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? `[${token}]` : `.${psSingleQuote(token)}`))
    .join('');
}

function psHeaders(headers: readonly [string, Part[]][]): string {
  return `@{ ${headers.map(([name, value]) => `${psSingleQuote(name)} = ${psExpression(value)}`).join('; ')} }`;
}

export function powershellScript(
  title: string,
  chain: readonly ChainStep[],
  polling = { seconds: 10, limit: 30 },
): string {
  const lines = [
    `# Runbook: ${comment(title)}`,
    '# Exported by the Citrix Cloud API Explorer from a run: the same calls, in order, each later call',
    '# reading the earlier answers. The token comes from $env:CITRIX_TOKEN and is never written here.',
    "$ErrorActionPreference = 'Stop'",
    "if (-not $env:CITRIX_TOKEN) { throw 'Set $env:CITRIX_TOKEN to a Citrix Cloud bearer token (see the Token page).' }",
    `$PollSeconds = ${Math.max(1, Math.floor(polling.seconds))}`,
    `$PollLimit = ${Math.max(1, Math.floor(polling.limit))}`,
    '',
    'function Invoke-Step([string]$Method, [string]$Uri, [hashtable]$Headers, [string]$Body, [string]$ContentType) {',
    '    $Headers[\'Authorization\'] = "CwsAuth Bearer=$($env:CITRIX_TOKEN)"',
    '    $params = @{ UseBasicParsing = $true; Method = $Method; Uri = $Uri; Headers = $Headers }',
    '    if ($Body) { $params.Body = $Body; $params.ContentType = $ContentType }',
    '    $response = Invoke-WebRequest @params',
    '    Write-Host "$Method $Uri -> $($response.StatusCode)"',
    '    return $response',
    '}',
    '',
    'function Wait-CitrixJob($Response, [string]$Base, [hashtable]$Headers) {',
    "    $location = [string]($Response.Headers['Location'] | Select-Object -First 1)",
    '    if (-not $location.StartsWith($Base + \'/\')) { throw "The job Location $location is outside ${Base}: not followed." }',
    "    $status = ''",
    '    for ($i = 0; $i -lt $PollLimit; $i++) {',
    "        $job = (Invoke-Step 'GET' $location $Headers.Clone()).Content | ConvertFrom-Json",
    '        $status = [string]$job.Status',
    '        Write-Host "  job $status $($job.OverallProgressPercent)%"',
    "        if ($status -in 'Complete', 'Failed', 'Canceled', 'Cancelled') { break }",
    '        Start-Sleep -Seconds $PollSeconds',
    '    }',
    '    if ($status -ne \'Complete\') { throw "The job ended $status." }',
    '    return Invoke-Step \'GET\' "$location/Results" $Headers.Clone()',
    '}',
  ];
  chain.forEach((step, index) => {
    lines.push('', `# Step ${index + 1}: ${comment(step.stepId)} (${comment(step.operationId)})`);
    const body = step.body ? ` ${psExpression(step.body.parts)} ${psSingleQuote(step.body.contentType)}` : '';
    lines.push(
      `$response = Invoke-Step ${psSingleQuote(step.method)} ${psExpression(step.url)} ${psHeaders(step.headers)}${body}`,
    );
    if (step.job)
      lines.push(
        `$response = Wait-CitrixJob $response ${psSingleQuote(step.base.replace(/\/$/, ''))} ${psHeaders(step.headers)}`,
      );
    for (const output of step.outputs)
      lines.push(`$${output.variable} = ($response.Content | ConvertFrom-Json)${psPath(output.tokens)}`);
  });
  lines.push('', "Write-Host 'Every step is done.'", '');
  return lines.join('\n');
}

// ---- Postman ----

const postmanText = (parts: readonly Part[]) =>
  parts.map((part) => (typeof part === 'string' ? inertText(part) : `{{${part.variable}}}`)).join('');

function postmanExtract(tokens: readonly string[]): string {
  return tokens.map((token) => `[${/^(0|[1-9]\d*)$/.test(token) ? token : JSON.stringify(token)}]`).join('');
}

/**
 * A Postman v2.1 collection of the run: one request per step in order; each step's test script
 * stores the values later steps read (collection variables, named like the scripts' variables).
 * `{{citrixToken}}` is left empty: paste a token into it. Jobs are not polled by Postman: a step
 * that answered 202 is followed by a request for its job, run it until the job is Complete.
 */
export function postmanCollection(title: string, chain: readonly ChainStep[]) {
  const item = chain.flatMap((step, index) => {
    const header = [
      { key: 'Authorization', value: 'CwsAuth Bearer={{citrixToken}}' },
      ...step.headers.map(([key, value]) => ({ key: inertText(key), value: postmanText(value) })),
      ...(step.body ? [{ key: 'Content-Type', value: inertText(step.body.contentType) }] : []),
    ];
    const tests = step.outputs.map(
      (output) =>
        `pm.collectionVariables.set(${JSON.stringify(output.variable)}, String(pm.response.json()${postmanExtract(output.tokens)}));`,
    );
    const requests = [
      {
        name: `${index + 1}. ${inertText(step.stepId)} (${inertText(step.operationId)})`,
        request: {
          method: step.method,
          header,
          url: postmanText(step.url),
          ...(step.body
            ? {
                body: {
                  mode: 'raw',
                  raw: postmanText(step.body.parts),
                  options: { raw: { language: 'json' } },
                },
              }
            : {}),
        },
        event: step.job
          ? [
              {
                listen: 'test',
                script: {
                  type: 'text/javascript',
                  exec: ["pm.collectionVariables.set('jobLocation', pm.response.headers.get('Location'));"],
                },
              },
            ]
          : tests.length > 0
            ? [{ listen: 'test', script: { type: 'text/javascript', exec: tests } }]
            : [],
        response: [],
      },
    ];
    if (step.job)
      requests.push({
        name: `${index + 1}b. ${inertText(step.stepId)}: the job's results (once the job is Complete)`,
        request: {
          method: 'GET',
          header: header.filter((entry) => entry.key !== 'Content-Type'),
          url: '{{jobLocation}}/Results',
        },
        event: tests.length > 0 ? [{ listen: 'test', script: { type: 'text/javascript', exec: tests } }] : [],
        response: [],
      });
    return requests;
  });
  return {
    info: {
      name: inertText(title),
      description: 'A run of a runbook, exported by the Citrix Cloud API Explorer.',
      schema: POSTMAN_SCHEMA_V21,
    },
    item,
    variable: [
      { key: 'citrixToken', value: '', type: 'string' },
      { key: 'jobLocation', value: '', type: 'string' },
      ...chain.flatMap((step) =>
        step.outputs.map((output) => ({ key: output.variable, value: '', type: 'string' })),
      ),
    ],
    auth: { type: 'noauth' },
  };
}
