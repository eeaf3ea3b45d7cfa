#!/usr/bin/env node
// Load and soak benchmark of the production build (security test plan §7 J68–J70). A script, not
// a test: it prints a table and writes bench/results/load.json.
//
//   npm run bench:load -- [--soak-seconds 300] [--duration 20] [--port 3300] [--only a,b,c,r] [--strict]
//
// It starts the standalone server from the existing build (`next build` first) on its own port,
// pinned to CPU 0 with taskset, and drives the load in-process from CPU 1 with autocannon. The
// build is first copied aside, as scripts/start-standalone.mjs lays it out (standalone + static +
// public), so that a `next build` running meanwhile in the same tree cannot pull it away.
//   (a) POST /api/invoke against a sandbox operation with 50 ms latency, 20 connections;
//   (b) 100 connections against a 5 s sandbox: spread over sessions (100 calls parked), then on one
//       session (the per-session cap of 6 answers the rest 429), while a second autocannon measures
//       GET / and GET /api/health, and the server reports its event-loop delay;
//   (c) soak: 10 connections fetching ~1 MB responses, sampling the server's RSS and open sockets
//       every 10 s; both must stay flat after warm-up;
//   (r) scale-out: (a)'s load against one in-memory instance, then against two instances sharing
//       one redis-server (REDIS_URL, started here on PORT + 9), with the throughput ratio.
// The sandbox latency is the SANDBOX_LATENCY_MS knob (lib/sandbox-gateway/handle-request.ts), so each
// phase restarts the server with its own value.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { loginWithDemoClient } from './bench/login.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '3300' },
    duration: { type: 'string', default: '20' },
    'soak-seconds': { type: 'string', default: '300' },
    'sample-seconds': { type: 'string', default: '10' },
    only: { type: 'string', default: 'a,b,c,r' },
    strict: { type: 'boolean', default: false },
  },
});

const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(args.duration);
const SOAK_SECONDS = Number(args['soak-seconds']);
const SAMPLE_SECONDS = Number(args['sample-seconds']);
const PHASES = new Set(args.only.split(',').map((phase) => phase.trim()));
const RESULTS_DIR = 'bench/results';
const DEMO_CUSTOMER = 'sandboxdemo01';
/** The proxy's per-session in-flight cap (lib/proxy/concurrency.ts). */
const CALLS_PER_SESSION = 6;

// Like e2e/test-env.ts SERVER_ENV, with limits out of the way: this measures the proxy, not the limiters.
const SERVER_ENV = {
  NODE_ENV: 'production',
  HOSTNAME: '127.0.0.1',
  PORT: String(PORT),
  SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: '100000',
};

function hasTaskset() {
  return spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0 && cpus().length >= 2;
}
const PIN = hasTaskset();
if (PIN) spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

// ---------------------------------------------------------------------------------------------
// The server

/** Preloaded into the server: answers the event-loop delay histogram over IPC. */
const PRELOAD = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const mib = (bytes) => Math.round(bytes / 104857.6) / 10;
if (process.send) {
  process.on('message', (message) => {
    if (message && message.type === 'bench:eld') {
      const ms = (ns) => Math.round(ns / 1e4) / 100;
      process.send({ type: 'bench:eld', p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) });
      if (message.reset) histogram.reset();
    }
    if (message && message.type === 'bench:heap') {
      // Live heap after a full collection (the server runs with --expose-gc): a leak shows as growth here.
      if (typeof global.gc === 'function') global.gc();
      const usage = process.memoryUsage();
      process.send({ type: 'bench:heap', heapUsedMiB: mib(usage.heapUsed), externalMiB: mib(usage.external), arrayBuffersMiB: mib(usage.arrayBuffers) });
    }
  });
}
`;
const preloadPath = join(tmpdir(), `bench-load-preload-${process.pid}.cjs`);
writeFileSync(preloadPath, PRELOAD);

async function waitForHealth(child, timeoutMs = 60_000, base = BASE) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${base}/api/health within ${timeoutMs} ms`);
}

/** A private copy of the build, taken once, checked against a concurrent rebuild (same BUILD_ID before and after). */
let snapshot;
async function buildSnapshot() {
  if (snapshot) return snapshot;
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const building = spawnSync('pgrep', ['-f', 'next build'], { stdio: 'ignore' }).status === 0;
    const ready =
      !building &&
      existsSync('.next/BUILD_ID') &&
      existsSync('.next/standalone/server.js') &&
      existsSync('.next/static');
    if (ready) {
      const buildId = readFileSync('.next/BUILD_ID', 'utf8');
      const dir = join(tmpdir(), `bench-load-build-${process.pid}`);
      rmSync(dir, { recursive: true, force: true });
      try {
        // verbatimSymlinks: Turbopack's externals are relative links (.next/node_modules/undici-<hash>
        // → ../../node_modules/undici); by default cpSync would point them back into the source tree.
        const options = { recursive: true, verbatimSymlinks: true };
        cpSync('.next/standalone', dir, options);
        cpSync('.next/static', join(dir, '.next/static'), options);
        if (existsSync('public')) cpSync('public', join(dir, 'public'), options);
        if (readFileSync('.next/BUILD_ID', 'utf8') === buildId && existsSync(join(dir, 'server.js'))) {
          snapshot = { dir, buildId };
          return snapshot;
        }
      } catch {
        // the build changed under the copy: try again
      }
    } else if (attempt === 0) {
      console.log(
        building
          ? 'waiting for the running `next build` to finish…'
          : 'waiting for a complete build in .next (run `next build` first)…',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  throw new Error('No complete standalone build in .next: run `next build` first.');
}

async function startServer(phase, extraEnv) {
  const { dir } = await buildSnapshot();
  const command = [process.execPath, '--expose-gc', '--require', preloadPath, 'server.js'];
  const [file, ...rest] = PIN ? ['taskset', '-c', '0', ...command] : command;
  const child = spawn(file, rest, {
    cwd: dir,
    env: { ...process.env, ...SERVER_ENV, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const log = createWriteStream(join(RESULTS_DIR, `server-${phase}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await waitForHealth(child, 60_000, `http://127.0.0.1:${extraEnv.PORT ?? PORT}`);
  const ask = (type, extra = {}) =>
    new Promise((resolve) => {
      const onMessage = (message) => {
        if (message?.type !== type) return;
        child.off('message', onMessage);
        resolve(Object.fromEntries(Object.entries(message).filter(([key]) => key !== 'type')));
      };
      child.on('message', onMessage);
      child.send({ type, ...extra });
    });
  const eventLoopDelay = (reset = false) => ask('bench:eld', { reset });
  const heapAfterGc = () => ask('bench:heap');
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { pid: child.pid, eventLoopDelay, heapAfterGc, stop };
}

/** RSS (MiB) and open file descriptors of the server process, from /proc. */
function sampleProcess(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  let sockets = 0;
  let fds = 0;
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    fds += 1;
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) sockets += 1;
    } catch {
      // closed between readdir and readlink
    }
  }
  return { rssMiB: Math.round(rssKiB / 102.4) / 10, sockets, fds };
}

// ---------------------------------------------------------------------------------------------
// The app

async function sessions(count, base = BASE) {
  const cookies = [];
  for (let i = 0; i < count; i += 1) cookies.push(await loginWithDemoClient(base));
  return cookies;
}

function invokeBody({ method = 'GET', serviceId, path, query = [], body }) {
  return JSON.stringify({
    region: 'sandbox',
    serviceId,
    method,
    path,
    query,
    headers: [
      ['Accept', 'application/json'],
      ['Citrix-CustomerId', DEMO_CUSTOMER],
      ...(body === undefined ? [] : [['Content-Type', 'application/json']]),
    ],
    ...(body === undefined ? {} : { body }),
  });
}

const SMALL_CALL = invokeBody({ serviceId: 'systemlog', path: '/records', query: [['Limit', '10']] });
const LARGE_CALL = invokeBody({ serviceId: 'notifications', path: '/' });

/** One call through the proxy, checked, before a phase measures it. */
async function invokeOnce(cookie, body, base = BASE) {
  const response = await fetch(`${base}/api/invoke`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json', cookie },
    body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`invoke failed: ${response.status} ${text.slice(0, 300)}`);
  const envelope = JSON.parse(text);
  if (envelope.status >= 300)
    throw new Error(`the sandbox answered ${envelope.status}: ${envelope.body.slice(0, 300)}`);
  return { envelope, bytes: Buffer.byteLength(text) };
}

/**
 * Makes the demo customer's notification list about 1 MB: one notification carrying ~1 MB in its
 * free-form `data`, through the proxy itself (the invoke body cap is 1 MiB).
 */
async function seedLargeResponse(cookie) {
  const notification = {
    destinationAdmin: '*',
    component: 'bench-load',
    eventId: crypto.randomUUID(),
    severity: 'Information',
    content: [
      {
        languageTag: 'en-US',
        title: 'Soak test payload',
        description: 'A large notification for the soak test.',
      },
    ],
    data: { padding: 'x'.repeat(1_000_000) },
  };
  await invokeOnce(
    cookie,
    invokeBody({ method: 'POST', serviceId: 'notifications', path: '/', body: JSON.stringify(notification) }),
  );
  return (await invokeOnce(cookie, LARGE_CALL)).bytes;
}

// ---------------------------------------------------------------------------------------------
// Load

function summarise(result) {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
  );
  return {
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average * 10) / 10,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    throughputMiBps: Math.round((result.throughput.average / 1048576) * 10) / 10,
  };
}

/** POST /api/invoke on `connections` connections; connection i uses the cookie of session sessionOf(i). */
function invokeLoad({ cookies, sessionOf, body, connections, duration, title, base = BASE }) {
  let next = 0;
  return autocannon({
    title,
    url: `${base}/api/invoke`,
    method: 'POST',
    connections,
    duration,
    timeout: 30,
    headers: { origin: base, 'content-type': 'application/json' },
    body,
    setupClient: (client) => {
      const index = next;
      next += 1;
      client.setHeaders({
        origin: base,
        'content-type': 'application/json',
        cookie: cookies[sessionOf(index)],
      });
    },
  });
}

function probe(path, duration) {
  return autocannon({ url: `${BASE}${path}`, connections: 1, duration, timeout: 10 });
}

// ---------------------------------------------------------------------------------------------
// Phases

async function phaseA() {
  const server = await startServer('a', { SANDBOX_LATENCY_MS: '50' });
  try {
    const cookies = await sessions(20);
    await invokeOnce(cookies[0], SMALL_CALL);
    await invokeLoad({
      cookies,
      sessionOf: (i) => i % 20,
      body: SMALL_CALL,
      connections: 4,
      duration: 3,
      title: 'warm-up',
    });
    // One connection first: the latency of a call with no queue in front of it.
    const single = summarise(
      await invokeLoad({
        cookies,
        sessionOf: () => 0,
        body: SMALL_CALL,
        connections: 1,
        duration: 5,
        title: 'a0',
      }),
    );
    await server.eventLoopDelay(true);
    const load = await invokeLoad({
      cookies,
      sessionOf: (i) => i % 20,
      body: SMALL_CALL,
      connections: 20,
      duration: DURATION,
      title: 'a',
    });
    const eld = await server.eventLoopDelay(true);
    const summary = summarise(load);
    return {
      name: '(a) invoke, sandbox +50 ms, 20 connections',
      load: summary,
      probes: { oneConnection: single },
      eventLoopDelayMs: eld,
      process: sampleProcess(server.pid),
      verdict: {
        ok: summary.errors === 0 && summary.non2xx === 0 && summary.latencyP50 >= 50,
        rule: 'J68: 0 errors, 0 non-2xx (p50 ≥ the 50 ms sandbox latency)',
      },
    };
  } finally {
    await server.stop();
  }
}

/**
 * (r) scale-out: the load of (a) — 20 connections, sandbox +50 ms — against one in-memory
 * instance, then against two instances sharing one Redis (10 connections each, at once). Every
 * server and redis-server share CPU 0, so the ratio is the cost of the shared store, not more CPU.
 */
async function phaseR() {
  const binary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!binary) {
    console.log('(r) skipped: no redis-server binary (Debian: apt-get install redis-server)');
    return [];
  }
  const measure = async (base, cookies, connections, title) => {
    await invokeOnce(cookies[0], SMALL_CALL, base);
    await invokeLoad({
      cookies,
      sessionOf: (i) => i % cookies.length,
      body: SMALL_CALL,
      connections: 4,
      duration: 3,
      title: 'warm-up',
      base,
    });
    return invokeLoad({
      cookies,
      sessionOf: (i) => i % cookies.length,
      body: SMALL_CALL,
      connections,
      duration: DURATION,
      title,
      base,
    });
  };
  const memory = await startServer('r-memory', { SANDBOX_LATENCY_MS: '50' });
  let single;
  try {
    const cookies = await sessions(20);
    await invokeOnce(cookies[0], SMALL_CALL);
    await invokeLoad({
      cookies,
      sessionOf: (i) => i % 20,
      body: SMALL_CALL,
      connections: 4,
      duration: 3,
      title: 'warm-up',
    });
    single = summarise(
      await invokeLoad({
        cookies,
        sessionOf: (i) => i % 20,
        body: SMALL_CALL,
        connections: 20,
        duration: DURATION,
        title: 'r1',
      }),
    );
  } finally {
    await memory.stop();
  }
  const redisPort = PORT + 9;
  const redisCommand = [
    binary,
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  const [redisFile, ...redisArgs] = PIN ? ['taskset', '-c', '0', ...redisCommand] : redisCommand;
  const redis = spawn(redisFile, redisArgs, { stdio: 'ignore' });
  const servers = [];
  try {
    const env = { SANDBOX_LATENCY_MS: '50', REDIS_URL: `redis://127.0.0.1:${redisPort}/0` };
    servers.push(await startServer('r-redis-1', { ...env, PORT: String(PORT + 1) }));
    servers.push(await startServer('r-redis-2', { ...env, PORT: String(PORT + 2) }));
    const bases = [PORT + 1, PORT + 2].map((port) => `http://127.0.0.1:${port}`);
    const cookies = await sessions(20, bases[0]);
    const [first, second] = await Promise.all([
      measure(bases[0], cookies.slice(0, 10), 10, 'r2a'),
      measure(bases[1], cookies.slice(10), 10, 'r2b'),
    ]).then((loads) => loads.map(summarise));
    const pair = {
      requests: first.requests + second.requests,
      reqPerSec: Math.round((first.reqPerSec + second.reqPerSec) * 10) / 10,
      latencyP50: Math.max(first.latencyP50, second.latencyP50),
      latencyP99: Math.max(first.latencyP99, second.latencyP99),
      latencyMax: Math.max(first.latencyMax, second.latencyMax),
      errors: first.errors + second.errors,
      timeouts: first.timeouts + second.timeouts,
      non2xx: first.non2xx + second.non2xx,
      statuses: Object.fromEntries(
        [...new Set([...Object.keys(first.statuses), ...Object.keys(second.statuses)])].map((code) => [
          code,
          (first.statuses[code] ?? 0) + (second.statuses[code] ?? 0),
        ]),
      ),
    };
    const ratio = Math.round((pair.reqPerSec / single.reqPerSec) * 100);
    console.log(
      `(r) two instances on Redis: ${pair.reqPerSec} req/s = ${ratio}% of one in-memory instance (${single.reqPerSec} req/s)`,
    );
    return [
      {
        name: '(r) one instance, in memory, 20 connections',
        load: single,
        verdict: { ok: single.errors === 0 && single.non2xx === 0, rule: '0 errors, 0 non-2xx' },
      },
      {
        name: `(r) two instances on one Redis, 2×10 connections (${ratio}% of one in memory)`,
        load: pair,
        ratioToOneInMemory: ratio / 100,
        verdict: { ok: pair.errors === 0 && pair.non2xx === 0, rule: '0 errors, 0 non-2xx' },
      },
    ];
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    redis.kill('SIGTERM');
  }
}

async function phaseB() {
  const server = await startServer('b', { SANDBOX_LATENCY_MS: '5000' });
  try {
    const idleProbe = summarise(await probe('/', 5));
    const spread = await sessions(Math.ceil(100 / CALLS_PER_SESSION));
    await server.eventLoopDelay(true);

    // b1: 100 calls parked on a slow upstream, at most 6 per session: nothing is refused.
    const [parked, page1, health1] = await Promise.all([
      invokeLoad({
        cookies: spread,
        sessionOf: (i) => Math.floor(i / CALLS_PER_SESSION),
        body: SMALL_CALL,
        connections: 100,
        duration: DURATION,
        title: 'b1',
      }),
      probe('/', DURATION),
      probe('/api/health', DURATION),
    ]);
    const eld1 = await server.eventLoopDelay(true);

    // b2: 100 connections on one session: 6 calls in flight, the others get 429 at once and retry.
    const [capped, page2, health2] = await Promise.all([
      invokeLoad({
        cookies: [spread[0]],
        sessionOf: () => 0,
        body: SMALL_CALL,
        connections: 100,
        duration: DURATION,
        title: 'b2',
      }),
      probe('/', DURATION),
      probe('/api/health', DURATION),
    ]);
    const eld2 = await server.eventLoopDelay(true);
    const verdict = (page, health, eld) => ({
      ok: page.latencyP99 < 200 && health.latencyP99 < 200 && eld.p99 < 100,
      rule: 'J69: GET / and /api/health p99 < 200 ms, event-loop delay p99 < 100 ms',
    });
    return [
      {
        name: '(b1) 100 calls parked on a 5 s sandbox (17 sessions)',
        load: summarise(parked),
        probes: { idlePage: idleProbe, page: summarise(page1), health: summarise(health1) },
        eventLoopDelayMs: eld1,
        verdict: verdict(summarise(page1), summarise(health1), eld1),
      },
      {
        name: '(b2) 100 connections, one session, 5 s sandbox (cap 6 → 429)',
        load: summarise(capped),
        probes: { page: summarise(page2), health: summarise(health2) },
        eventLoopDelayMs: eld2,
        process: sampleProcess(server.pid),
        verdict: verdict(summarise(page2), summarise(health2), eld2),
      },
    ];
  } finally {
    await server.stop();
  }
}

async function phaseC() {
  const server = await startServer('c', { SANDBOX_LATENCY_MS: '0' });
  try {
    const cookies = await sessions(10);
    const responseBytes = await seedLargeResponse(cookies[0]);
    await server.eventLoopDelay(true);
    // RSS and sockets every second, reported per window of SAMPLE_SECONDS (RSS is a GC sawtooth
    // with ~1 MB responses: its per-window peak is the stable figure), plus the live heap after a
    // forced full GC at the end of each window.
    const samples = [];
    const started = Date.now();
    let window = [];
    const tick = () => window.push(sampleProcess(server.pid));
    const closeWindow = async () => {
      tick();
      const current = window;
      window = [];
      const heap = await server.heapAfterGc();
      samples.push({
        t: Math.round((Date.now() - started) / 1000),
        rssMiB: Math.max(...current.map((sample) => sample.rssMiB)),
        rssMinMiB: Math.min(...current.map((sample) => sample.rssMiB)),
        sockets: Math.max(...current.map((sample) => sample.sockets)),
        fds: Math.max(...current.map((sample) => sample.fds)),
        heapAfterGcMiB: heap.heapUsedMiB,
        arrayBuffersMiB: heap.arrayBuffersMiB,
      });
    };
    await closeWindow();
    const ticker = setInterval(tick, 1000);
    let windows = Promise.resolve();
    const windowTimer = setInterval(() => (windows = windows.then(closeWindow)), SAMPLE_SECONDS * 1000);
    const load = await invokeLoad({
      cookies,
      sessionOf: (i) => i,
      body: LARGE_CALL,
      connections: 10,
      duration: SOAK_SECONDS,
      title: 'c',
    });
    clearInterval(ticker);
    clearInterval(windowTimer);
    await windows;
    const eld = await server.eventLoopDelay(true);
    // After warm-up (the first 30 s, or the first third of a short soak), "flat" means no trend:
    // the median of the last third of the windows within ±20% of the first third, for the RSS
    // peaks and for the heap after GC; and the open sockets stable (the load connections, the
    // listener and a few others; spread ≤ 4).
    const warm = samples.filter((sample) => sample.t >= Math.min(30, SOAK_SECONDS / 3));
    const third = Math.max(1, Math.floor(warm.length / 3));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const trend = (key) => {
      const first = median(warm.slice(0, third).map((sample) => sample[key]));
      const last = median(warm.slice(-third).map((sample) => sample[key]));
      return { first, last, percent: Math.round(((last - first) / first) * 1000) / 10 };
    };
    const rssTrend = trend('rssMiB');
    const heapTrend = trend('heapAfterGcMiB');
    const sockets = warm.map((sample) => sample.sockets);
    const socketSpread = Math.max(...sockets) - Math.min(...sockets);
    const summary = summarise(load);
    return {
      name: `(c) soak ${SOAK_SECONDS} s, 10 connections, ~${Math.round(responseBytes / 1024)} KiB responses`,
      load: summary,
      responseBytes,
      eventLoopDelayMs: eld,
      samples,
      rss: {
        minMiB: Math.min(...warm.map((sample) => sample.rssMinMiB)),
        maxMiB: Math.max(...warm.map((sample) => sample.rssMiB)),
        peakTrend: rssTrend,
      },
      heapAfterGc: heapTrend,
      sockets: { min: Math.min(...sockets), max: Math.max(...sockets) },
      verdict: {
        ok:
          summary.errors === 0 &&
          summary.non2xx === 0 &&
          Math.abs(rssTrend.percent) <= 20 &&
          Math.abs(heapTrend.percent) <= 20 &&
          socketSpread <= 4,
        rule: 'J70: after warm-up no trend (median of the last third within ±20% of the first third) in RSS peaks or in the heap after GC; open sockets stable (spread ≤ 4); 0 errors',
      },
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
}

function printTable(results) {
  const header = [
    'phase',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'statuses',
    'ELD p99',
    'verdict',
  ];
  const lines = [];
  for (const result of results) {
    const { load } = result;
    lines.push([
      result.name,
      load.reqPerSec,
      load.latencyP50,
      load.latencyP99,
      load.errors,
      load.non2xx,
      Object.entries(load.statuses)
        .map(([code, count]) => `${code}×${count}`)
        .join(' '),
      result.eventLoopDelayMs?.p99 ?? '',
      result.verdict.ok ? 'PASS' : 'FAIL',
    ]);
    for (const [probeName, probeResult] of Object.entries(result.probes ?? {})) {
      lines.push([
        `    probe ${probeName}`,
        probeResult.reqPerSec,
        probeResult.latencyP50,
        probeResult.latencyP99,
        probeResult.errors,
        probeResult.non2xx,
        '',
        '',
        '',
      ]);
    }
  }
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => String(line[i]).length)),
  );
  console.log(row(header, widths));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(row(line, widths));
  const soak = results.find((result) => result.samples);
  if (soak) {
    console.log(`\nsoak, per ${SAMPLE_SECONDS} s window: t s / peak RSS MiB / heap after GC MiB / sockets`);
    console.log(
      soak.samples
        .map((sample) => `${sample.t}/${sample.rssMiB}/${sample.heapAfterGcMiB}/${sample.sockets}`)
        .join('  '),
    );
    console.log(
      `after warm-up: RSS ${soak.rss.minMiB}–${soak.rss.maxMiB} MiB (GC sawtooth), peak median ${soak.rss.peakTrend.first} → ${soak.rss.peakTrend.last} MiB ` +
        `(${soak.rss.peakTrend.percent}%); heap after GC ${soak.heapAfterGc.first} → ${soak.heapAfterGc.last} MiB (${soak.heapAfterGc.percent}%); ` +
        `sockets ${soak.sockets.min}–${soak.sockets.max}`,
    );
  }
  for (const result of results)
    if (!result.verdict.ok) console.log(`FAIL ${result.name}: ${result.verdict.rule}`);
}

mkdirSync(RESULTS_DIR, { recursive: true });
// Other processes on the machine skew every figure: record the load average around the run.
const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100);
const results = [];
let failure;
try {
  if (PHASES.has('a')) results.push(await phaseA());
  if (PHASES.has('b')) results.push(...(await phaseB()));
  if (PHASES.has('c')) results.push(await phaseC());
  if (PHASES.has('r')) results.push(...(await phaseR()));
} catch (error) {
  failure = error;
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const report = {
  date: new Date().toISOString(),
  commit,
  buildId: snapshot?.buildId,
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore, after: loadavg().map((value) => Math.round(value * 100) / 100) },
  pinned: PIN ? { server: 'cpu 0', load: 'cpu 1' } : false,
  options: { durationSeconds: DURATION, soakSeconds: SOAK_SECONDS, sampleSeconds: SAMPLE_SECONDS },
  results,
  ...(failure ? { failure: String(failure?.stack ?? failure) } : {}),
};
writeFileSync(join(RESULTS_DIR, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
if (snapshot) rmSync(snapshot.dir, { recursive: true, force: true });
rmSync(preloadPath, { force: true });
printTable(results);
console.log(
  `\nload average (1/5/15 min) before ${report.loadAverage.before.join(' ')}, after ${report.loadAverage.after.join(' ')} on ${report.cpus} CPUs`,
);
console.log(`\nwritten: ${join(RESULTS_DIR, 'load.json')}`);
if (failure) {
  console.error(failure);
  process.exitCode = 1;
} else if (args.strict && results.some((result) => !result.verdict.ok)) {
  process.exitCode = 1;
}
