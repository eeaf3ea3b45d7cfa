import fc from 'fast-check';
import { MockAgent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';

import {
  allowedRemoteHostnames,
  HOST_KINDS,
  REGION_IDS,
  resolveHost,
  type RegionId,
  type Target,
} from '@/lib/citrix/regions';
import { isIpLiteral } from '@/lib/upstream/remote-url-guard';
import { sendUpstream } from '@/lib/upstream/send-upstream';

import { buildUpstreamUrl, type UpstreamUrlInput } from './upstream-url';

const TABLE = allowedRemoteHostnames();

/** Pieces attackers combine (security plan §6 generators): separators, encodings, hosts, schemes. */
const TRICKS = [
  '/',
  '//',
  '\\',
  '%5c',
  '%5C',
  '@',
  '#',
  '#@',
  '?',
  '.',
  '..',
  '%2e',
  '%2E',
  '%2e%2e',
  '%252e',
  '%2f',
  '%2F',
  '%252f',
  '%09',
  '%0a',
  '%0d',
  '%00',
  '\t',
  '\r',
  '\n',
  '\0',
  ':',
  'https:',
  'http://',
  'javascript:',
  'data:',
  'file:',
  '\u3002',
  '%E3%80%82',
  '\uff0e',
  '\uff0f',
  '\u202e',
  '[::ffff:a9fe:a9fe]',
  '[::1]',
  '169.254.169.254',
  '0x7f.1',
  '2130706433',
  '0177.0.0.1',
  'evil.example',
  'api-us.cloud.com',
  'api-us.cloud.com.',
  ':8443',
  ':443',
  '%',
  '%25',
  'records',
  'a',
  '{id}',
  ';',
  '..;',
  '$start',
  '%40',
  '~',
  ' ',
];

const hostLike = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV4Extended(),
  fc.ipV6().map((ip) => `[${ip}]`),
  fc.ipV4().map((ip) => `[::ffff:${ip}]`),
  fc.constantFrom(...TABLE).map((host) => `${host}.`),
  fc.constantFrom(...TABLE),
);

/** Plausible API paths, so that a good share of runs is accepted and its URL checked. */
const benignPath = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._~$()'%-]{1,12}$/), { minLength: 1, maxLength: 4 })
  .map((segments) => `/${segments.join('/')}`);

const pathLike = fc.oneof(
  { arbitrary: benignPath, weight: 3 },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...TRICKS), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...TRICKS), { maxLength: 8 }).map((parts) => `/${parts.join('')}`),
  fc
    .tuple(
      fc.constantFrom('', '/', '//', '/\\', '/@', '@', '/%2f/', 'https://', '/https://'),
      hostLike,
      fc.constantFrom('', '/', '/x', ':443/x', ':8443/', '#@x'),
    )
    .map(([before, host, after]) => `${before}${host}${after}`),
);

const inputs = fc.record({
  region: fc.constantFrom(...REGION_IDS),
  hostKind: fc.constantFrom(...HOST_KINDS),
  basePath: fc.constantFrom('', '/systemlog', '/cvad/manage', '/cvad/manage/'),
  server: fc.constantFrom('regional' as const, 'global' as const),
  path: pathLike,
  query: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 })), {
    maxLength: 3,
  }),
});

const asInput = (value: {
  region: RegionId;
  hostKind: (typeof HOST_KINDS)[number];
  basePath: string;
  server: 'regional' | 'global';
  path: string;
  query: [string, string][];
}): UpstreamUrlInput => ({
  region: value.region,
  service: { id: 'svc', hostKind: value.hostKind, basePath: value.basePath },
  server: value.server,
  path: value.path,
  query: value.query,
});

function expectedTarget(input: UpstreamUrlInput): Target | undefined {
  const kind = input.server === 'regional' ? input.service.hostKind : 'global';
  return resolveHost(input.region, kind);
}

describe('buildUpstreamUrl properties (fast-check, 10,000 runs each)', () => {
  it('never throws, and everything it accepts stays on the table origin of the region (a, b, c)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (value) => {
        const input = asInput(value);
        const result = buildUpstreamUrl(input);
        if (!result.ok) return;
        accepted++;
        const base = input.service.basePath.replace(/\/+$/, '');
        expect(result.target).toEqual(expectedTarget(input));
        expect(result.path.startsWith(`${base}/`)).toBe(true);
        if (result.target.type === 'sandbox') return;
        // sendUpstream concatenates origin and path: re-parse exactly that string.
        const url = new URL(`${result.target.origin}${result.path}`);
        expect(url.protocol).toBe('https:');
        expect(url.port).toBe('');
        expect(url.username + url.password).toBe('');
        expect(url.hash).toBe('');
        expect(TABLE.has(url.hostname)).toBe(true);
        expect(url.origin).toBe(result.target.origin);
      }),
      { numRuns: 10_000 },
    );
    // Not vacuous: a good share of the generated inputs are accepted and checked.
    expect(accepted).toBeGreaterThan(500);
  });

  it('never accepts an IP literal, a port, a trailing dot or a non-https origin from a misconfigured table (d)', () => {
    const scheme = fc.constantFrom('https://', 'https://', 'https://', 'http://', 'file://', 'HTTPS://');
    const port = fc.constantFrom('', '', '', ':443', ':8443', ':0');
    let accepted = 0;
    fc.assert(
      fc.property(scheme, hostLike, port, fc.oneof(benignPath, pathLike), (prefix, host, portPart, path) => {
        const target: Target = { type: 'remote', origin: `${prefix}${host}${portPart}`, hostname: host };
        const result = buildUpstreamUrl(
          {
            region: 'us',
            service: { id: 'svc', hostKind: 'gateway', basePath: '/x' },
            server: 'regional',
            path,
            query: [],
          },
          { resolveTarget: () => target, allowedHostnames: new Set([host]) },
        );
        if (!result.ok) return;
        accepted++;
        const url = new URL(`${target.origin}${result.path}`);
        expect(isIpLiteral(url.hostname)).toBe(false);
        expect(url.hostname.endsWith('.')).toBe(false);
        expect(url.protocol).toBe('https:');
        expect(url.port).toBe('');
        expect(url.hostname).toBe(host);
      }),
      { numRuns: 10_000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  describe('with a spy dispatcher (e)', () => {
    const seen: string[] = [];
    const spy = new MockAgent();
    spy.disableNetConnect();
    spy
      .get((origin: string) => {
        seen.push(origin);
        return true;
      })
      .intercept({ path: () => true, method: () => true })
      .reply(200, '{}')
      .persist();
    afterAll(() => spy.close());

    it('sends nothing anywhere but a table origin', async () => {
      await fc.assert(
        fc.asyncProperty(inputs, async (value) => {
          const built = buildUpstreamUrl(asInput(value));
          if (!built.ok || built.target.type !== 'remote') return;
          await sendUpstream(
            {
              target: built.target,
              path: built.path,
              method: 'GET',
              headers: {},
              appOrigin: 'https://app.invalid',
            },
            undefined,
            { dispatcher: spy },
          );
        }),
        { numRuns: 1_000 },
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(
        seen.filter(
          (origin) => !TABLE.has(new URL(origin).hostname) || new URL(origin).protocol !== 'https:',
        ),
      ).toEqual([]);
    });
  });
});
