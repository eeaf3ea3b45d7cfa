import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import type { FormSpec, FormValues, ParamSpec } from '@/lib/invoke-form/types';
import { decodeShare, encodeShare } from '@/lib/share/codec';
import { buildSharePayload, prefillFromShare } from '@/lib/share/prefill';

import { toSnippetRequest } from './from-invoke-request';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from './index';

/**
 * Every value that reaches a snippet comes out as data, never as code: snippets built from path,
 * query, header and body values full of shell, Python, JavaScript and PowerShell syntax are RUN
 * (bash + curl, python3 + requests, node, pwsh where installed) against a throwaway server on
 * loopback. Nothing may create the canary file, and the server must receive every value as typed.
 */

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'snippet-inert-'));
const CANARY = path.join(work, 'pwned');
const TOKEN = 'tok-inert-123';
const CLIENT_SECRET = 'Sbx3+Secret/Key9w==';

/** Hostile text for every language the snippets speak, and for the templates around them. */
const PAYLOADS = [
  `'; touch ${CANARY}; '`,
  `"; touch ${CANARY}; "`,
  `$(touch ${CANARY})`,
  `\`touch ${CANARY}\``,
  `\${IFS}$(touch\${IFS}${CANARY})`,
  `'"'"'$(touch ${CANARY})'"'"'`,
  `"+__import__('os').system('touch ${CANARY}')+"`,
  `\${require('fs').writeFileSync('${CANARY}','1')}`,
  `\`+require('fs').writeFileSync('${CANARY}','1')+\``,
  `$env:X; New-Item -Path '${CANARY}'; "$(New-Item '${CANARY}')"`,
  `@{{token}} {{clientSecret}} <%= x %> {% x %} #{x} \${{x}}`,
  `%0atouch ${CANARY}%0a %0d%0a %00`,
  `\\'\\"\\\\ ‘’ “” ‚‛`,
];
/** Control characters, in values that are percent-encoded or JSON-escaped (a shell word cannot hold NUL). */
const CONTROL = [
  `line\ntouch ${CANARY}\n'@\ntouch ${CANARY}\n"@`,
  `cr\r\n'@\rx`,
  `nul\u0000after`,
  `ls\u2028ps\u2029end`,
];
const HEADER_SAFE = PAYLOADS.filter((value) => /^[\x20-\x7e]*$/.test(value));
/** Bodies that look like the snippets' environment references: data, whatever they say. */
const ENV_LOOKALIKES = [
  { env: `A||require('fs').writeFileSync('${CANARY}','1')` },
  { env: `A||(await import("fs")).writeFileSync("${CANARY}","1")` },
  { env: `A; touch ${CANARY}` },
  { env: `A}$(touch ${CANARY})` },
  { env: `A'); import os; os.system('touch ${CANARY}'); ('` },
  { env: 'CITRIX_TOKEN' },
];

const param = (key: string): ParamSpec => {
  const [location, name] = key.split(':') as [ParamSpec['in'], string];
  return { key, name, in: location, required: false, kind: 'string', deprecated: false, forwarded: true };
};

const QUERY_KEYS = [...PAYLOADS, ...CONTROL].map((_, index) => `q${index}`);
const HEADERS = ['X-ActionName', 'Citrix-Locale', 'If-Match'] as const;

function specFor(contentType: string): FormSpec {
  return {
    serviceId: 'inert',
    operationId: 'make',
    method: 'POST',
    path: '/items/{id}/{name}',
    params: [
      param('path:id'),
      param('path:name'),
      ...QUERY_KEYS.map((key) => param(`query:${key}`)),
      ...HEADERS.map((name) => param(`header:${name}`)),
    ],
    body: { contentType, required: true, requiredFields: [], expectsObject: false, example: '' },
  };
}

function paramValues(): Record<string, string> {
  const values: Record<string, string> = {
    'path:id': PAYLOADS.join(' / '),
    'path:name': `${CONTROL.join('?#')}#frag`,
  };
  [...PAYLOADS, ...CONTROL].forEach((value, index) => (values[`query:${QUERY_KEYS[index]}`] = value));
  HEADERS.forEach((name, index) => (values[`header:${name}`] = HEADER_SAFE.slice(index * 3).join(' ')));
  return values;
}

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let origin = '';
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

/** Only the variables a person would have set: the token and the client secret. */
const CHILD_ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: 'C.UTF-8',
  CITRIX_TOKEN: TOKEN,
  CITRIX_CLIENT_SECRET: CLIENT_SECRET,
} as Record<string, string | undefined> as NodeJS.ProcessEnv;

const hasPwsh = (() => {
  try {
    execFileSync('pwsh', ['-NoProfile', '-Command', 'exit 0'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const RUNNERS: Record<SnippetLanguage['id'], ((file: string) => Promise<unknown>) | undefined> = {
  curl: (file) => run('bash', [file], { env: CHILD_ENV, cwd: work }),
  python: (file) => run('python3', [file], { env: CHILD_ENV, cwd: work }),
  javascript: (file) => run(process.execPath, [file], { env: CHILD_ENV, cwd: work }),
  powershell: hasPwsh
    ? (file) => run('pwsh', ['-NoProfile', '-NonInteractive', '-File', file], { env: CHILD_ENV, cwd: work })
    : undefined,
};
if (!hasPwsh) console.info('pwsh is not installed: the PowerShell snippets are not run here.');

/** Runs one snippet and returns the one request the server received from it. */
async function runSnippet(language: SnippetLanguage, code: string): Promise<Received> {
  const runner = RUNNERS[language.id]!;
  const file = path.join(work, `snippet.${language.extension}`);
  writeFileSync(file, code);
  rmSync(CANARY, { force: true });
  received.length = 0;
  await runner(file);
  rmSync(file);
  expect(existsSync(CANARY), `${language.label} created the canary`).toBe(false);
  expect(readdirSync(work), `${language.label} left files behind`).toEqual([]);
  expect(received, `${language.label} sent one request`).toHaveLength(1);
  return received[0]!;
}

/** The request the form sends for these values, as the snippet panel builds it. */
function snippetFor(spec: FormSpec, values: FormValues) {
  const request = buildInvokeRequest(spec, values, { region: 'sandbox', server: 'regional' });
  const snippet = toSnippetRequest(request, { hostKind: 'gateway', basePath: '' }, origin);
  expect(snippet).toBeDefined();
  return snippet!;
}

function expectParamsArrived(got: Received) {
  const values = paramValues();
  const url = new URL(got.url, origin);
  const [, sandbox, items, id, name] = url.pathname.split('/');
  expect([sandbox, items]).toEqual(['sandbox', 'items']);
  expect(decodeURIComponent(id!)).toBe(values['path:id']);
  expect(decodeURIComponent(name!)).toBe(values['path:name']);
  expect([...url.searchParams]).toEqual(QUERY_KEYS.map((key) => [key, values[`query:${key}`]]));
  for (const header of HEADERS) expect(got.headers[header.toLowerCase()]).toBe(values[`header:${header}`]);
  expect(got.headers.authorization).toBe(`CwsAuth Bearer=${TOKEN}`);
}

const jsonBody = {
  values: [...PAYLOADS, ...CONTROL],
  keys: Object.fromEntries([...PAYLOADS, ...CONTROL].map((value, index) => [value, index])),
  name: ENV_LOOKALIKES[0],
  lookalikes: ENV_LOOKALIKES,
  client_secret: 'typed-into-the-form',
};

const BODIES = [
  {
    label: 'a JSON body with a secret field (printed field by field)',
    contentType: 'application/json',
    text: JSON.stringify(jsonBody, null, 2),
    expected: (got: string) => expect(JSON.parse(got)).toEqual({ ...jsonBody, client_secret: CLIENT_SECRET }),
  },
  {
    label: 'a JSON body without secrets',
    contentType: 'application/json',
    text: JSON.stringify({ ...jsonBody, client_secret: undefined }),
    expected: (got: string) => expect(JSON.parse(got)).toEqual({ ...jsonBody, client_secret: undefined }),
  },
  {
    label: 'a text body',
    contentType: 'text/plain',
    text: PAYLOADS.join('\n') + `\n'@\n"@\r\n${CONTROL[0]}`,
    expected: (got: string) => expect(got).toBe(PAYLOADS.join('\n') + `\n'@\n"@\r\n${CONTROL[0]}`),
  },
  {
    label: 'a form body with hostile names and values',
    contentType: 'application/x-www-form-urlencoded',
    text: new URLSearchParams([
      ...PAYLOADS.map((value, index): [string, string] => [`f${index}`, value]),
      [`n@${CANARY}`, 'x'],
      [`a=b&c`, `d=e&f`],
      ['client_secret', 'typed-into-the-form'],
    ]).toString(),
    expected: (got: string) =>
      expect([...new URLSearchParams(got)]).toEqual([
        ...PAYLOADS.map((value, index) => [`f${index}`, value]),
        [`n@${CANARY}`, 'x'],
        ['a=b&c', 'd=e&f'],
        ['client_secret', CLIENT_SECRET],
      ]),
  },
];

describe('snippets built from hostile values run as data in every language', () => {
  for (const body of BODIES) {
    for (const language of SNIPPET_LANGUAGES) {
      if (!RUNNERS[language.id]) continue;
      it(`${language.label}: ${body.label}`, { timeout: 60_000 }, async () => {
        const values: FormValues = { params: paramValues(), body: body.text };
        const code = language.generate(snippetFor(specFor(body.contentType), values));
        expect(code).not.toContain('typed-into-the-form');
        const got = await runSnippet(language, code);
        expect(got.method).toBe('POST');
        expectParamsArrived(got);
        body.expected(got.body);
      });
    }
  }

  it('a body from a share link keeps its env look-alikes as data in the JavaScript and cURL snippets', async () => {
    const spec = specFor('application/json');
    const shared = buildSharePayload(
      spec,
      { params: paramValues(), body: JSON.stringify(jsonBody) },
      { includeCustomer: false, server: 'regional' },
    );
    const decoded = await decodeShare(await encodeShare(shared.payload));
    const prefill = prefillFromShare(spec, decoded!)!;
    // The share link drops secret-named fields; the look-alikes travel as ordinary data.
    const kept = JSON.parse(prefill.body!) as typeof jsonBody;
    expect(kept.client_secret).toBeUndefined();
    expect(kept.name).toEqual(ENV_LOOKALIKES[0]);
    expect(kept.lookalikes).toEqual(ENV_LOOKALIKES);
    for (const language of SNIPPET_LANGUAGES.filter((entry) => entry.id !== 'powershell')) {
      const code = language.generate(snippetFor(spec, { params: prefill.params, body: prefill.body! }));
      const got = await runSnippet(language, code);
      expect(JSON.parse(got.body)).toEqual(JSON.parse(prefill.body!));
    }
  }, 60_000);
});
