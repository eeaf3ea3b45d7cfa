import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { REGION_IDS, type Target } from '@/lib/citrix/regions';

import { buildUpstreamUrl, MAX_URL_LENGTH, type UpstreamUrlInput } from './upstream-url';

const systemlog = {
  id: 'systemlog',
  title: 'SystemLog',
  hostKind: 'gateway' as const,
  basePath: '/systemlog',
};
const daas = { id: 'daas', title: 'DaaS', hostKind: 'gateway' as const, basePath: '/cvad/manage' };
const entitlements = {
  id: 'entitlements',
  title: 'Service entitlements',
  hostKind: 'core' as const,
  basePath: '',
};

function build(path: string, overrides: Partial<UpstreamUrlInput> = {}) {
  return buildUpstreamUrl({
    region: 'us',
    service: systemlog,
    server: 'regional',
    path,
    query: [],
    ...overrides,
  });
}

function refusedCode(path: string, overrides: Partial<UpstreamUrlInput> = {}) {
  const result = build(path, overrides);
  return result.ok ? 'ACCEPTED' : result.code;
}

describe('buildUpstreamUrl: the happy paths', () => {
  it('maps a region and service to the table origin and the service base path', () => {
    const result = build('/records');
    expect(result).toEqual({
      ok: true,
      target: { type: 'remote', origin: 'https://api-us.cloud.com', hostname: 'api-us.cloud.com' },
      path: '/systemlog/records',
      pathname: '/systemlog/records',
      host: 'api-us.cloud.com',
    });
  });

  it('uses api.cloud.com for the global server and the region entry for each region', () => {
    expect(build('/records', { server: 'global' })).toMatchObject({ ok: true, host: 'api.cloud.com' });
    expect(build('/records', { region: 'eu' })).toMatchObject({ ok: true, host: 'api-eu.cloud.com' });
    expect(build('/records', { region: 'jp' })).toMatchObject({ ok: true, host: 'api.citrixcloud.jp' });
    expect(build('/x/serviceStates', { service: entitlements })).toMatchObject({
      ok: true,
      host: 'core.citrixworkspacesapi.net',
      path: '/x/serviceStates',
    });
  });

  it('refuses a service the region has no host for, naming both', () => {
    expect(build('/x/serviceStates', { service: entitlements, region: 'jp' })).toEqual({
      ok: false,
      code: 'SERVICE_NOT_IN_REGION',
      message: 'Service Service entitlements is not available in region Japan.',
    });
    const global = build('/records', { region: 'jp', server: 'global' });
    expect(global).toMatchObject({ ok: false, code: 'SERVICE_NOT_IN_REGION' });
    expect(!global.ok && global.message).toContain('global server');
  });

  it('keeps sandbox paths below the sandbox prefix, relative to the target', () => {
    const result = build('/records', { region: 'sandbox' });
    expect(result).toEqual({
      ok: true,
      target: { type: 'sandbox', pathPrefix: '/sandbox' },
      path: '/systemlog/records',
      pathname: '/systemlog/records',
      host: 'sandbox',
    });
    expect(build('/x/serviceStates', { region: 'sandbox', service: entitlements })).toMatchObject({
      ok: true,
      target: { pathPrefix: '/sandbox/core' },
      path: '/x/serviceStates',
    });
  });

  it('encodes the query with URLSearchParams, spaces as %20, nothing able to add a parameter', () => {
    const result = build('/records', {
      query: [
        ['$filter', "Name eq 'a b'"],
        ['x', '1&y=2#z'],
        ['q', 'a+b'],
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      path: '/systemlog/records?%24filter=Name%20eq%20%27a%20b%27&x=1%26y%3D2%23z&q=a%2Bb',
    });
  });

  it.each([
    '/Machines/abc/$start',
    '/records/2024-01-01T00:00:00Z',
    '/administrators/user%40example.com',
    "/Machines('0b6c3f1e')",
    '/records/a%20b',
    '/records/',
    '/records/%E6%97%A5%E6%9C%AC',
    '/records/日本',
    '/records/100%25',
    '/records/a.b.c',
    '/records/...',
  ])('accepts the legitimate path %s on the same origin', (path) => {
    const result = buildUpstreamUrl({ region: 'us', service: daas, server: 'regional', path, query: [] });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(new URL(`https://api-us.cloud.com${result.path}`).origin).toBe('https://api-us.cloud.com');
  });
});

describe('buildUpstreamUrl: SSRF cases B9–B19 of the security test plan', () => {
  it.each([
    ['B9 protocol-relative', '//evil.example/x'],
    ['B10 backslash', '/\\evil.example/x'],
    ['B10 encoded backslash', '/%5cevil.example'],
    ['B11 @ after slash', '/@evil.example'],
    ['B11 leading @', '@evil.example/x'],
    ['B12 absolute URL', 'https://evil.example/x'],
    ['B13 tab', '/\t/evil.example'],
    ['B13 CR', '/records\r'],
    ['B13 LF', '/records\nHost: x'],
    ['B14 dot-dot escape', '/a/../../x'],
    ['B14 encoded dot-dot', '/%2e%2e/x'],
    ['B19 javascript: as path', 'javascript:alert(1)'],
    ['B19 file: segment', '/file:///etc/passwd'],
    ['B19 data: segment', '/data:text/html,x'],
  ])('%s is refused', (_label, path) => {
    expect(refusedCode(path)).toBe('INVALID_PATH');
  });

  const misconfigured = (target: Target, allowed: string[]) =>
    buildUpstreamUrl(
      { region: 'us', service: systemlog, server: 'regional', path: '/records', query: [] },
      { resolveTarget: () => target, allowedHostnames: new Set(allowed) },
    );
  const remote = (origin: string, hostname: string): Target => ({ type: 'remote', origin, hostname });

  it.each([
    ['127.0.0.1', 'https://127.0.0.1'],
    ['0x7f.1', 'https://0x7f.1'],
    ['2130706433', 'https://2130706433'],
    ['[::ffff:a9fe:a9fe]', 'https://[::ffff:a9fe:a9fe]'],
    ['169.254.169.254', 'https://169.254.169.254'],
  ])('B17 a table entry that is the IP literal %s is refused even when allowlisted', (hostname, origin) => {
    expect(
      misconfigured(remote(origin, hostname), [hostname, '127.0.0.1', '[::ffff:a9fe:a9fe]']),
    ).toMatchObject({ ok: false, code: 'TARGET_NOT_ALLOWED' });
  });

  it('B16 a trailing-dot host is refused', () => {
    expect(
      misconfigured(remote('https://api-us.cloud.com.', 'api-us.cloud.com.'), ['api-us.cloud.com.']),
    ).toMatchObject({ ok: false, code: 'TARGET_NOT_ALLOWED' });
  });

  it.each([':8443', ':80', ':0'])('B18 port %s is refused even with the right hostname', (port) => {
    expect(
      misconfigured(remote(`https://api-us.cloud.com${port}`, 'api-us.cloud.com'), ['api-us.cloud.com']),
    ).toMatchObject({ ok: false, code: 'TARGET_NOT_ALLOWED' });
  });

  it.each(['http:', 'file:', 'gopher:', 'ftp:'])('B19 scheme %s in the table is refused', (scheme) => {
    expect(
      misconfigured(remote(`${scheme}//api-us.cloud.com`, 'api-us.cloud.com'), ['api-us.cloud.com']),
    ).toMatchObject({ ok: false, code: 'TARGET_NOT_ALLOWED' });
  });

  it('refuses a host that is not in the closed table, and userinfo smuggled into the origin', () => {
    expect(misconfigured(remote('https://evil.example', 'evil.example'), ['api-us.cloud.com'])).toMatchObject(
      { ok: false, code: 'TARGET_NOT_ALLOWED' },
    );
    expect(
      misconfigured(remote('https://api-us.cloud.com@evil.example', 'api-us.cloud.com'), [
        'api-us.cloud.com',
        'evil.example',
      ]),
    ).toMatchObject({ ok: false, code: 'TARGET_NOT_ALLOWED' });
  });

  it('A8 refuses a path over 2048 characters and a URL over 8 KiB', () => {
    expect(refusedCode(`/${'a'.repeat(2048)}`)).toBe('URL_TOO_LONG');
    const query: [string, string][] = Array.from({ length: 10 }, (_, index) => [
      `k${index}`,
      'v'.repeat(900),
    ]);
    expect(refusedCode('/records', { query })).toBe('URL_TOO_LONG');
    expect(refusedCode('/records', { query: query.slice(0, 8) })).toBe('ACCEPTED');
    expect(MAX_URL_LENGTH).toBe(8192);
  });

  it('names an unfilled path parameter', () => {
    const result = build('/Machines/{nameOrId}/$start');
    expect(!result.ok && result.message).toContain('{nameOrId}');
  });
});

/** The corpus uses placeholders for characters a line-based file cannot hold. */
function decodeCorpusLine(line: string): string {
  const named: Record<string, string> = {
    TAB: '\t',
    CR: '\r',
    LF: '\n',
    NUL: '\0',
    VT: '\v',
    FF: '\f',
    DEL: '\x7f',
    SP: ' ',
  };
  return line
    .replace(/\{U\+([0-9A-F]{4,6})\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\{(TAB|CR|LF|NUL|VT|FF|DEL|SP)\}/g, (_, name: string) => named[name]!);
}

describe('buildUpstreamUrl: the categorised corpus (lib/proxy/testdata/ssrf-paths.txt)', () => {
  const lines = readFileSync(new URL('./testdata/ssrf-paths.txt', import.meta.url), 'utf8').split('\n');
  const entries = lines.filter((line) => line !== '' && !line.startsWith('## ')).map(decodeCorpusLine);

  it('holds at least 100 entries in categories', () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(lines.filter((line) => line.startsWith('## ---')).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses every entry, in every region, on both servers', () => {
    const accepted: string[] = [];
    for (const region of REGION_IDS) {
      for (const server of ['regional', 'global'] as const) {
        for (const path of entries) {
          const result = buildUpstreamUrl({ region, service: daas, server, path, query: [] });
          if (result.ok) accepted.push(`${region}/${server}: ${JSON.stringify(path)}`);
        }
      }
    }
    expect(accepted).toEqual([]);
  });
});
