import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { FIXTURE_SECRETS, SNIPPET_FIXTURES } from './fixtures';
import { SNIPPET_LANGUAGES } from './index';
import { psDoubleQuotedContent, psSingleQuote, shellQuote } from './quote';

const ENV = {
  CITRIX_TOKEN: 'tok-123',
  CITRIX_CLIENT_SECRET: 'Sbx3Demo+Secret/Key9w==',
  CITRIX_X_ADMIN_CREDENTIAL: 'Basic abc',
};
const fixtures = Object.entries(SNIPPET_FIXTURES);
/** A clean environment for the child processes: no startup files, only our variables. */
const CHILD_ENV = { PATH: process.env.PATH, HOME: process.env.HOME, ...ENV } as Record<
  string,
  string | undefined
> as NodeJS.ProcessEnv;

describe('golden files', () => {
  for (const [name, request] of fixtures) {
    for (const language of SNIPPET_LANGUAGES) {
      it(`${name} in ${language.label}`, async () => {
        await expect(language.generate(request)).toMatchFileSnapshot(
          `./__golden__/${name}.${language.id}.txt`,
        );
      });
    }
  }
});

describe('secrets', () => {
  it.each(fixtures)('%s: no snippet contains a secret or a real token', (_name, request) => {
    for (const language of SNIPPET_LANGUAGES) {
      const text = language.generate(request);
      for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
    }
  });
});

/** Runs a cURL snippet in bash with `curl` replaced by a function that prints its arguments. */
function curlArgs(snippet: string): string[] {
  const out = execFileSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }\n${snippet}`], { env: CHILD_ENV });
  return out.toString('utf8').split('\0').slice(0, -1);
}

describe('cURL through a real shell', () => {
  it('sends the URL, the token from the environment and the body byte for byte', () => {
    const request = SNIPPET_FIXTURES['notifications-post']!;
    const args = curlArgs(SNIPPET_LANGUAGES[0]!.generate(request));
    expect(args).toContain('https://api-us.cloud.com/notifications');
    expect(args).toContain('Authorization: CwsAuth Bearer=tok-123');
    expect(args[args.indexOf('--data-raw') + 1]).toBe(request.body!.text);
  });

  it('url-encodes a client secret read from the environment', () => {
    const args = curlArgs(SNIPPET_LANGUAGES[0]!.generate(SNIPPET_FIXTURES['token-form']!));
    expect(args).toContain('client_secret=Sbx3Demo+Secret/Key9w==');
    expect(args[args.indexOf('client_secret=Sbx3Demo+Secret/Key9w==') - 1]).toBe('--data-urlencode');
    expect(args.join(' ')).not.toContain('Authorization');
  });

  it('splices a JSON secret from the environment into valid JSON', () => {
    const args = curlArgs(SNIPPET_LANGUAGES[0]!.generate(SNIPPET_FIXTURES['trust-json-secret']!));
    expect(JSON.parse(args[args.indexOf('--data-raw') + 1]!)).toEqual({
      ClientId: '6f1b3c2a',
      ClientSecret: ENV.CITRIX_CLIENT_SECRET,
    });
  });

  it('keeps repeated query keys and percent-encodes the URL', () => {
    const args = curlArgs(SNIPPET_LANGUAGES[0]!.generate(SNIPPET_FIXTURES['daas-path-and-secret-header']!));
    expect(args).toContain(
      'https://api.cloud.com/cvad/manage/MachineCatalogs/Win%2011%20%2F%20Pool?purgeDBOnly=false&fields=Id&fields=Name',
    );
    expect(args).toContain('X-AdminCredential: Basic abc');
  });
});

interface PythonCall {
  method: string;
  url: string;
  kwargs: Record<string, unknown>;
}

/** Runs a Python snippet with `requests` stubbed out; the stub writes the call it got to stderr. */
function pythonRun(snippet: string): PythonCall {
  const stub = [
    'import json, sys, types',
    'requests = types.ModuleType("requests")',
    'def request(method, url, **kwargs):',
    '    sys.stderr.write(json.dumps({"method": method, "url": url, "kwargs": kwargs}))',
    '    return types.SimpleNamespace(status_code=200, text="")',
    'requests.request = request',
    'sys.modules["requests"] = requests',
    '',
  ].join('\n');
  const result = execFileSync('bash', ['-c', 'python3 -c "$0" 2>&1 >/dev/null', stub + snippet], {
    env: CHILD_ENV,
  });
  return JSON.parse(result.toString('utf8')) as PythonCall;
}

describe('Python through a real interpreter', () => {
  it('passes params, headers and a JSON payload equal to the body', () => {
    const request = SNIPPET_FIXTURES['notifications-post']!;
    const call = pythonRun(SNIPPET_LANGUAGES[1]!.generate(request));
    expect(call.method).toBe('POST');
    expect(call.kwargs.json).toEqual(JSON.parse(request.body!.text));
    expect((call.kwargs.headers as Record<string, string>).Authorization).toBe('CwsAuth Bearer=tok-123');
  });

  it('reads the client secret from the environment for a form body', () => {
    const call = pythonRun(SNIPPET_LANGUAGES[1]!.generate(SNIPPET_FIXTURES['token-form']!));
    expect((call.kwargs.data as Record<string, string>).client_secret).toBe(ENV.CITRIX_CLIENT_SECRET);
  });

  it('keeps repeated query keys as pairs', () => {
    const call = pythonRun(SNIPPET_LANGUAGES[1]!.generate(SNIPPET_FIXTURES['daas-path-and-secret-header']!));
    expect(call.kwargs.params).toEqual([
      ['purgeDBOnly', 'false'],
      ['fields', 'Id'],
      ['fields', 'Name'],
    ]);
  });
});

/** Runs a JavaScript snippet with `fetch` and `process` stubbed; returns the fetch call. */
async function javascriptCall(snippet: string): Promise<{ url: string; init: RequestInit }> {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchStub = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return { status: 200, text: async () => '' };
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('fetch', 'process', 'console', snippet)(fetchStub, { env: ENV }, { log: () => {} });
  return calls[0]!;
}

describe('JavaScript through a real engine', () => {
  it('sends the token from process.env and the body as JSON', async () => {
    const request = SNIPPET_FIXTURES['notifications-post']!;
    const { url, init } = await javascriptCall(SNIPPET_LANGUAGES[3]!.generate(request));
    expect(url).toBe('https://api-us.cloud.com/notifications');
    expect((init.headers as Record<string, string>).Authorization).toBe('CwsAuth Bearer=tok-123');
    expect(JSON.parse(init.body as string)).toEqual(JSON.parse(request.body!.text));
  });

  it('form-encodes a secret from process.env', async () => {
    const { init } = await javascriptCall(SNIPPET_LANGUAGES[3]!.generate(SNIPPET_FIXTURES['token-form']!));
    expect((init.body as URLSearchParams).toString()).toContain(
      'client_secret=Sbx3Demo%2BSecret%2FKey9w%3D%3D',
    );
  });
});

describe('quoting', () => {
  it('shell: closes, escapes and reopens around a single quote', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
  it('PowerShell: doubles straight and typographic single quotes', () => {
    expect(psSingleQuote("O'Brien ‘x’")).toBe("'O''Brien ‘‘x’’'");
  });
  it('PowerShell: escapes $, backtick and double quotes inside double quotes', () => {
    expect(psDoubleQuotedContent('a $b `c "d"')).toBe('a `$b ``c `"d`"');
  });
});
