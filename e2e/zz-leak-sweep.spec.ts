import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from './fixtures';
import { readServerLog } from './security-server-log';
import { BASE_URL, CANARY, DEMO, OTHER, SESSION_PASSWORD, SHORT_LIVED } from './test-env';

/**
 * The secret-leak sweep (plan §D 31, 32, 34). Named zz- so it runs LAST (one worker, files in
 * alphabetical order): by then the whole suite has logged in with every canary client, renewed,
 * invoked, failed and logged out, and the server's stdout/stderr (test-results/server.log) holds
 * everything the server printed. Run alone, it first drives each secret through the server itself,
 * so the sweep is never vacuous.
 */

const SECRETS = [CANARY.clientSecret, OTHER.clientSecret, SHORT_LIVED.clientSecret, DEMO.clientSecret];
/** Each secret as typed, and as a form body or a URL would carry it. */
const SECRET_FORMS = [
  ...new Set(
    SECRETS.flatMap((secret) => [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
    ]),
  ),
];

interface Hit {
  needle: string;
  where: string;
  context: string;
}

function findAll(text: string, needles: readonly (string | RegExp)[], where: string): Hit[] {
  const hits: Hit[] = [];
  for (const needle of needles) {
    const pattern =
      typeof needle === 'string'
        ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
        : new RegExp(needle.source, `${needle.flags.replace('g', '')}g`);
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      hits.push({
        needle: String(needle),
        where,
        context: text.slice(Math.max(0, at - 60), at + match[0].length + 60),
      });
    }
  }
  return hits;
}

function describeHits(hits: Hit[]): string {
  return hits
    .slice(0, 10)
    .map((hit) => `${hit.where}: ${hit.needle} in …${hit.context}…`)
    .join('\n');
}

test.describe('zz secret-leak sweep', () => {
  test.beforeAll(async ({ playwright }) => {
    // Make sure every secret has been through the server in this run: the canaries by the client
    // flow (a success, a wrong secret, the trust flow), the demo secret by the sandbox-demo flow.
    const api = await playwright.request.newContext({ baseURL: BASE_URL });
    const headers = { origin: BASE_URL, 'content-type': 'application/json' };
    try {
      for (const client of [CANARY, OTHER, SHORT_LIVED]) {
        const base = {
          mode: 'client',
          region: 'sandbox',
          customerId: client.customerId,
          clientId: client.clientId,
        };
        expect(
          (
            await api.post('/api/auth/token', {
              headers,
              data: { ...base, clientSecret: client.clientSecret, renewAutomatically: true },
            })
          ).status(),
        ).toBe(200);
        expect(
          (
            await api.post('/api/auth/token', {
              headers,
              data: { ...base, flow: 'trust', clientSecret: client.clientSecret },
            })
          ).status(),
        ).toBe(200);
        expect(
          (
            await api.post('/api/auth/token', {
              headers,
              data: { ...base, clientSecret: `${client.clientSecret}x` },
            })
          ).status(),
        ).toBe(401);
      }
      expect((await api.post('/api/auth/token', { headers, data: { mode: 'sandbox-demo' } })).status()).toBe(
        200,
      );
      const invoke = await api.post('/api/invoke', {
        headers,
        data: {
          region: 'sandbox',
          serviceId: 'daas',
          method: 'GET',
          path: '/me',
          headers: [
            ['Accept', 'application/json'],
            ['Citrix-CustomerId', DEMO.customerId],
          ],
        },
      });
      expect(invoke.status()).toBe(200);
      expect((await api.post('/api/auth/token/reveal', { headers })).status()).toBe(200);
      expect((await api.delete('/api/auth/token', { headers })).status()).toBe(200);
      // The last request's log line is written asynchronously: wait until it is in the file.
      await expect
        .poll(
          () =>
            readServerLog()
              .split('\n')
              .filter((line) => line.includes('"event":"token_exchange"')).length,
          { timeout: 10_000 },
        )
        .toBeGreaterThanOrEqual(10);
    } finally {
      await api.dispose();
    }
  });

  test('D31 the server log holds no secret, no token (JWT), no sealed cookie and no session password', () => {
    const log = readServerLog();
    expect(
      log.split('\n').filter((line) => line.includes('"event":"token_exchange"')).length,
    ).toBeGreaterThanOrEqual(10);
    const hits = findAll(
      log,
      [
        ...SECRET_FORMS,
        SESSION_PASSWORD,
        'eyJhbGci',
        /eyJ[\w-]{8,}\.[\w-]{8,}\./,
        'Fe26.2',
        /CwsAuth\s+Bearer=\S/i,
      ],
      'test-results/server.log',
    );
    expect(hits, describeHits(hits)).toEqual([]);
  });

  test('D32 the client bundle and every prerendered page hold no secret value and no server-only module', () => {
    const root = fileURLToPath(new URL('../.next/', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(join(root, 'static'));
    // What Next serves as-is to the browser from a build: prerendered HTML, RSC payloads, bodies.
    const prerendered: string[] = [];
    const walkServerApp = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walkServerApp(path);
        else if (/\.(html|rsc|body|meta)$/.test(name)) prerendered.push(path);
      }
    };
    if (existsSync(join(root, 'server', 'app'))) walkServerApp(join(root, 'server', 'app'));
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length, 'the build has client scripts (is .next built?)').toBeGreaterThan(5);

    const needles: (string | RegExp)[] = [
      ...SECRET_FORMS,
      SESSION_PASSWORD,
      'Fe26.2',
      // Names that exist only in server modules: the env variable of the demo secret, the sandbox's
      // credential module, the session password, the sandbox JWT key derivation, iron-session.
      'SANDBOX_DEMO_CLIENT_SECRET',
      'sandbox-config',
      'SESSION_PASSWORD',
      'sandbox-jwt-signing-key',
      'Password must be at least 32 characters',
      // Token-request code: `client_secret` / `ClientSecret` set from a value. Allowed: the token
      // page's snippets (`client_secret=$CLIENT_SECRET` and the like), and the token services'
      // public descriptions, which declare the field (`client_secret: { type: … }`) and show the
      // placeholder `<client-secret>` as their example.
      /client_secret["']?\s*[:=](?!\s*(?:["']?\s*(?:\$env:|\$)?CLIENT_SECRET\b|["']<client-secret>["']|\{\s*["']?type["']?\s*:))/,
      /ClientSecret["']?\s*[:=](?!\s*(?:["']?\s*(?:\$env:|\$)?(?:CLIENT_SECRET|secret)\b|["']<client-secret>["']|\{\s*["']?type["']?\s*:))/,
    ];
    const hits: Hit[] = [];
    for (const file of [...files, ...prerendered]) {
      if (!/\.(js|css|html|rsc|body|meta|json|txt|map)$/.test(file)) continue;
      hits.push(...findAll(readFileSync(file, 'utf8'), needles, file.slice(root.length)));
    }
    expect(hits, describeHits(hits)).toEqual([]);
  });
});
