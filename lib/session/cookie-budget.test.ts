import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

import { sealData } from 'iron-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  checkCookieBudget,
  cookieHeaderBytes,
  NODE_MAX_HEADER_BYTES,
  PROFILE_COOKIE_BUDGET_BYTES,
  type CookiePair,
} from './cookie-budget';
import type { SessionData } from './session-data';
import {
  activeProfileCookieName,
  MAX_COOKIE_BYTES,
  profileCookieName,
  sessionTtlSeconds,
} from './session-options';

const password = 'unit-test-session-password-0123456789-xyz';

/** A Chromium 156 navigation, captured from /usr/bin/chromium against a logging server (docs/profiles.md). */
const CHROMIUM_NAVIGATION = [
  'GET /apis/systemlog/GetRecords HTTP/1.1',
  'Host: explorer.example.com',
  'Connection: keep-alive',
  'sec-ch-ua: "Not:A-Brand";v="8", "Chromium";v="156"',
  'sec-ch-ua-mobile: ?0',
  'sec-ch-ua-platform: "Linux"',
  'Upgrade-Insecure-Requests: 1',
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  'Sec-Fetch-Site: same-origin',
  'Sec-Fetch-Mode: navigate',
  'Sec-Fetch-User: ?1',
  'Sec-Fetch-Dest: document',
  'Referer: https://explorer.example.com/apis/daas/MachineCatalogs_GetMachineCatalogMachines',
  'Accept-Encoding: gzip, deflate, br, zstd',
  'Accept-Language: en-US,en;q=0.9',
];

/** One profile's cookie as the server seals it: a realistic 2.5 KB Citrix token plus the renewal secret. */
async function profileCookie(index: number, tokenBytes = 2500): Promise<CookiePair> {
  const now = Date.now();
  const data: SessionData = {
    auth: {
      region: 'eu',
      flow: 'oauth2',
      customerId: `customer${index}abcdef`,
      clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
      token: 'eyJ' + 'x'.repeat(tokenBytes - 3),
      issuedAt: now,
      expiresAt: now + 3_600_000,
      renew: { kind: 'secret', secret: 'Sbx3Demo+Secret/Key9w==' },
    },
  };
  const name = profileCookieName(index === 0 ? 'default' : `a1b2c3d${index}`, true);
  return { name, value: await sealData(data, { password, ttl: sessionTtlSeconds(0, true) }) };
}

function requestHead(cookies: CookiePair[]): string {
  const cookie = [...cookies, { name: activeProfileCookieName(true), value: 'a1b2c3d1' }]
    .map((pair) => `${pair.name}=${pair.value}`)
    .join('; ');
  return [...CHROMIUM_NAVIGATION, `Cookie: ${cookie}`].join('\r\n') + '\r\n\r\n';
}

let server: Server;
let port: number;

/** Sends a raw request head to a Node server with the default --max-http-header-size; returns the status. */
function statusFor(head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(head));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  server = createServer((_, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('profile cookies against the browser’s and Node’s limits (measured)', () => {
  it('one sealed profile with a 2.5 KB token and the renewal secret stays under the 4096-byte cookie limit', async () => {
    const cookie = await profileCookie(1);
    expect(cookie.name.length + 1 + cookie.value.length).toBeGreaterThan(3800);
    expect(cookie.name.length + 1 + cookie.value.length).toBeLessThan(MAX_COOKIE_BYTES);
  });

  it('three such profiles pass Node’s 16 KB header limit, four are refused with 431 — so the budget stops at three', async () => {
    const cookies = await Promise.all([0, 1, 2, 3].map((index) => profileCookie(index)));
    const three = requestHead(cookies.slice(0, 3));
    const four = requestHead(cookies);
    expect(three.length).toBeLessThan(NODE_MAX_HEADER_BYTES);
    expect(four.length).toBeGreaterThan(NODE_MAX_HEADER_BYTES);
    expect(await statusFor(three)).toBe(200);
    expect(await statusFor(four)).toBe(431);

    expect(cookieHeaderBytes(cookies.slice(0, 3))).toBeLessThanOrEqual(PROFILE_COOKIE_BUDGET_BYTES);
    expect(checkCookieBudget(cookies.slice(0, 2), cookies[2]!).ok).toBe(true);
    expect(checkCookieBudget(cookies.slice(0, 3), cookies[3]!)).toMatchObject({
      ok: false,
      otherProfiles: 3,
    });
    // The browser's own headers leave room: three profiles plus the navigation headers use under 13 KB.
    expect(three.length).toBeLessThan(13 * 1024);
  });

  it('with sandbox-sized tokens (539 bytes) nine renewing profiles fit the same budget, a tenth does not', async () => {
    const cookies = await Promise.all(Array.from({ length: 10 }, (_, index) => profileCookie(index, 539)));
    expect(checkCookieBudget(cookies.slice(0, 8), cookies[8]!).ok).toBe(true);
    expect(checkCookieBudget(cookies.slice(0, 9), cookies[9]!).ok).toBe(false);
    expect(await statusFor(requestHead(cookies.slice(0, 9)))).toBe(200);
  });
});
