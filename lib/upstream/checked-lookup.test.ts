import diagnostics from 'node:diagnostics_channel';
import type { LookupAddress } from 'node:dns';

import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isPublicAddress, makeCheckedLookup } from './checked-lookup';
import { isIpLiteral } from './remote-url-guard';
import { sendUpstream } from './send-upstream';
import { DEFAULT_LIMITS } from './types';
import { UpstreamError } from './upstream-error';

const REBIND_TARGETS = [
  '169.254.169.254',
  '127.0.0.1',
  '10.1.2.3',
  '::1',
  'fd00::1',
  '::ffff:7f00:1',
  '64:ff9b::a9fe:a9fe',
  '100.64.0.1',
];

describe('isPublicAddress', () => {
  it.each([
    ...REBIND_TARGETS,
    '0.0.0.0',
    '172.16.0.1',
    '192.168.1.1',
    '224.0.0.1',
    'ff02::1',
    'fe80::1',
    '2002:7f00:1::',
    '::ffff:169.254.169.254',
    '64:ff9b:1::a9fe:a9fe',
    'not-an-ip',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false));
  it.each(['8.8.8.8', '20.42.65.92', '2606:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );
});

describe('isIpLiteral', () => {
  it.each(['127.0.0.1', '0x7f.1', '2130706433', '[::1]', '::1', 'a.0x10', 'foo.123'])(
    '%s is an address',
    (host) => expect(isIpLiteral(host)).toBe(true),
  );
  it.each(['api-us.cloud.com', 'api.citrixcloud.jp', 'a1.example'])('%s is a name', (host) =>
    expect(isIpLiteral(host)).toBe(false),
  );
});

describe('B20 DNS rebinding: a table name resolving to a private address is refused before a socket opens', () => {
  const connected: unknown[] = [];
  const onConnected = (message: unknown) => connected.push(message);
  beforeAll(() => diagnostics.subscribe('undici:client:connected', onConnected));
  afterAll(() => diagnostics.unsubscribe('undici:client:connected', onConnected));

  it.each(REBIND_TARGETS)('api-us.cloud.com → %s', async (address) => {
    const asked: string[] = [];
    const resolver = (
      hostname: string,
      _options: unknown,
      callback: (error: null, addresses: LookupAddress[]) => void,
    ) => {
      asked.push(hostname);
      callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
    };
    const error = await sendUpstream(
      {
        target: { type: 'remote', origin: 'https://api-us.cloud.com', hostname: 'api-us.cloud.com' },
        path: '/x',
        method: 'GET',
        headers: {},
        appOrigin: 'https://app.invalid',
      },
      { ...DEFAULT_LIMITS, totalTimeoutMs: 2_000 },
      { lookup: makeCheckedLookup(resolver) },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).code).toBe('TARGET_NOT_ALLOWED');
    expect((error as UpstreamError).httpStatus).toBe(400);
    expect((error as UpstreamError).message).toContain('api-us.cloud.com');
    expect(asked).toEqual(['api-us.cloud.com']);
    expect(connected).toEqual([]);
  });

  it('refuses when any one of several records is private', async () => {
    const lookup = makeCheckedLookup((_hostname, _options, callback) =>
      callback(null, [
        { address: '20.42.65.92', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]),
    );
    const result = await new Promise<{ error: NodeJS.ErrnoException | null }>((resolve) =>
      lookup('api-us.cloud.com', {}, (error) => resolve({ error })),
    );
    expect(result.error?.code).toBe('TARGET_NOT_ALLOWED');
  });
});

describe('sendUpstream refuses a forged remote target before dispatching (defence in depth)', () => {
  const spy = new MockAgent();
  spy.disableNetConnect();
  const seen: string[] = [];
  spy
    .get((origin: string) => (seen.push(origin), true))
    .intercept({ path: () => true, method: () => true })
    .reply(200, '')
    .persist();
  afterAll(() => spy.close());

  it.each([
    ['an IP literal', { origin: 'https://127.0.0.1', hostname: '127.0.0.1' }, '/x'],
    ['a host outside the table', { origin: 'https://evil.example', hostname: 'evil.example' }, '/x'],
    [
      'a path that re-targets',
      { origin: 'https://api-us.cloud.com', hostname: 'api-us.cloud.com' },
      '@evil.example/x',
    ],
    ['plain http', { origin: 'http://api-us.cloud.com', hostname: 'api-us.cloud.com' }, '/x'],
    ['a port', { origin: 'https://api-us.cloud.com:8443', hostname: 'api-us.cloud.com' }, '/x'],
  ])('%s', async (_label, target, path) => {
    const error = await sendUpstream(
      {
        target: { type: 'remote', ...target },
        path,
        method: 'GET',
        headers: {},
        appOrigin: 'https://app.invalid',
      },
      undefined,
      { dispatcher: spy },
    ).catch((caught: unknown) => caught);
    expect((error as UpstreamError).code).toBe('TARGET_NOT_ALLOWED');
    expect(seen).toEqual([]);
  });
});
