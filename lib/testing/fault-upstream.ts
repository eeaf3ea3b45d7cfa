/**
 * A misbehaving "Citrix Cloud" for tests (security plan §7 C, I): a node http server and an
 * https server with a self-signed certificate, both on 127.0.0.1. The mode is the last path
 * segment (`/anything/<mode>`). The proxy's real URL rules forbid loopback, so tests reach this
 * server through `connector()`, which dials it for whatever table host the URL names.
 * Test-only: never imported by app code.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { buildConnector } from 'undici';

export const METADATA_URL = 'http://169.254.169.254/latest/meta-data/';
export const FIFTY_MB = 50 * 1024 * 1024;

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  tls: boolean;
}

let gzipBomb: Buffer | undefined;
/** About 50 KB of gzip that inflates to 50 MB of zeros. */
function bomb(): Buffer {
  gzipBomb ??= gzipSync(Buffer.alloc(FIFTY_MB), { level: 9 });
  return gzipBomb;
}

function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'citrix-transactionid': 'fault-txn-1',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** Streams `total` bytes with back-pressure, stopping as soon as the client goes away. */
function stream(res: http.ServerResponse, total: number, chunk: Buffer): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.byteLength;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function respond(
  mode: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  query: URLSearchParams,
): void {
  const redirect = /^redirect-(30[12378])$/.exec(mode);
  if (redirect)
    return void res.writeHead(Number(redirect[1]), { location: query.get('to') ?? METADATA_URL }).end();
  switch (mode) {
    case 'ok':
      return json(res, 200, { ok: true, method: req.method });
    case 'never':
      return; // accept the connection, never answer
    case 'stall-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      return void res.write('{"partial":');
    case 'slow-body': {
      const chunks = Number(query.get('chunks') ?? 5);
      const every = Number(query.get('every') ?? 30);
      res.writeHead(200, { 'content-type': 'text/plain' });
      let written = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        res.write('x');
        if (++written >= chunks) {
          clearInterval(timer);
          res.end();
        }
      }, every);
      return;
    }
    case 'reset':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.write(Buffer.alloc(4096, 0x20));
      return void setImmediate(() => req.socket.destroy());
    case 'huge':
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(FIFTY_MB) });
      return stream(res, FIFTY_MB, Buffer.alloc(64 * 1024, 0x41));
    case 'gzip-bomb':
      res.writeHead(200, {
        'content-type': 'text/plain',
        'content-encoding': 'gzip',
        'content-length': String(bomb().byteLength),
      });
      return void res.end(bomb());
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<script>alert(1)</script><img src=x onerror=alert(2)>');
    case 'binary':
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0xc3, 0x28]),
      );
    case 'empty-204':
      return void res.writeHead(204, { 'citrix-transactionid': 'fault-txn-204' }).end();
    case 'bad-json':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"broken": [1, 2,');
    case 'hop-by-hop':
      res.setHeader('connection', 'x-secret, keep-alive');
      res.setHeader('x-secret', '1');
      res.setHeader('keep-alive', 'timeout=5');
      res.setHeader('upgrade', 'h2c');
      res.setHeader('proxy-authenticate', 'Basic realm="x"');
      res.setHeader('trailer', 'x-checksum');
      res.setHeader('set-cookie', ['session=UPSTREAM_COOKIE; HttpOnly', 'other=1']);
      res.setHeader('set-cookie2', 'legacy=1');
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-credentials', 'true');
      return json(res, 200, { ok: true }, { 'x-kept': 'yes' });
    case 'unauthorized':
      return json(res, 401, {
        type: 'https://errors-api.cloud.com/common/authentication',
        detail: 'Missing or invalid authentication details',
      });
    case 'renewable': {
      // 401 for any token but a freshly minted one (tests mint tokens starting with FRESH).
      const fresh = /^CwsAuth Bearer=FRESH/.test(String(req.headers.authorization ?? ''));
      return fresh
        ? json(res, 200, { ok: true })
        : json(res, 401, { detail: 'Missing or invalid authentication details' });
    }
    case 'forbidden':
      return json(res, 403, { detail: 'Forbidden' });
    case 'rate-limited':
      return json(
        res,
        429,
        { detail: 'Too many requests' },
        query.has('retryAfter') ? { 'retry-after': query.get('retryAfter')! } : {},
      );
    case 'unavailable':
      return json(
        res,
        503,
        { detail: 'Unavailable' },
        { 'retry-after': new Date(Date.now() + 120_000).toUTCString() },
      );
    default:
      return json(res, 404, { detail: `unknown fault mode ${mode}` });
  }
}

/** A self-signed certificate for 127.0.0.1 / api-us.cloud.com, made with the openssl CLI. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'fault-upstream-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=api-us.cloud.com',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FaultUpstream {
  port: number;
  /** 0 when no certificate could be made (openssl missing): TLS tests should skip. */
  tlsPort: number;
  requests: RecordedRequest[];
  /** Emits `request` (RecordedRequest) when a request's body has arrived. */
  events: EventEmitter;
  /** Dials this server whatever host the URL names; `tls` goes to the self-signed https server. */
  connector(options?: { tls?: boolean; connectTimeoutMs?: number }): buildConnector.connector;
  openSockets(): number;
  /** Resolves once every connection to the server has closed (event-driven, no polling). */
  allSocketsClosed(): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFaultUpstream(): Promise<FaultUpstream> {
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  const sockets = new Set<Socket>();
  const handler = (tls: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        tls,
      };
      requests.push(recorded);
      events.emit('request', recorded);
      const url = new URL(req.url ?? '/', 'http://fault.invalid');
      respond(url.pathname.split('/').pop() ?? '', req, res, url.searchParams);
    });
  };
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) events.emit('all-closed');
    });
  };
  const plain = http.createServer(handler(false)).on('connection', track);
  let secure: https.Server | undefined;
  try {
    secure = https.createServer(selfSignedCertificate(), handler(true)).on('connection', track);
  } catch {
    secure = undefined;
  }
  const listen = (server: http.Server | https.Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
  const port = await listen(plain);
  const tlsPort = secure ? await listen(secure) : 0;
  return {
    port,
    tlsPort,
    requests,
    events,
    connector({ tls = false, connectTimeoutMs = 2_000 } = {}) {
      const base = buildConnector({ timeout: connectTimeoutMs });
      return (options, callback) =>
        base(
          {
            ...options,
            hostname: '127.0.0.1',
            host: '127.0.0.1',
            port: String(tls ? tlsPort : port),
            protocol: tls ? 'https:' : 'http:',
            servername: tls ? options.hostname : undefined,
          },
          callback,
        );
    },
    openSockets: () => sockets.size,
    allSocketsClosed: () =>
      sockets.size === 0
        ? Promise.resolve()
        : new Promise((resolve) => events.once('all-closed', () => resolve())),
    reset: () => void requests.splice(0),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(
        [plain, secure].filter(Boolean).map((server) => new Promise((resolve) => server!.close(resolve))),
      );
    },
  };
}
