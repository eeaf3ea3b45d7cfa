#!/usr/bin/env node
// npm run bench — the explorer's performance, measured (DESIGN §9). A script, not a test: it prints
// ONE table and writes bench/results/bench.json.
//
//   npm run bench -- [--no-build] [--snapshot] [--port 3200] [--duration 10] [--runs 7] [--only a,b,c,d]
//
// It builds (unless --no-build), starts the production server (scripts/start-standalone.mjs) on
// its own port, and measures:
//   (a) the proxy's cost: the same sandbox operation (GET /cvad/manage/me) called directly, through
//       a minimal Node forwarding proxy (scripts/bench/minimal-proxy.mjs) and through our
//       POST /api/invoke — requests/s and p50/p99 at 1 and 20 connections (autocannon);
//   (b) first-load JavaScript (gzip) of the home page, an operation page and the token page (and
//       the import pages), from the build output (scripts/bench/first-load-js.mjs);
//   (c) in headless Chromium: import → operation list shown for the 561-operation DaaS document as
//       JSON and YAML and for a small one (median of --runs), search latency per keystroke over
//       it, and the page's JS heap;
//   (d) token exchanges per second against the sandbox's OAuth endpoint (autocannon);
//   (e) from navigation start in a cold browser context: import → list shown beside Swagger UI and
//       RapiDoc loading the same documents (interleaved, median of --runs), home interactive, an
//       operation page to the Invoke form usable, the token page to the token shown, "Generate" to
//       the token shown, and the script bytes each page fetched until idle
//       (scripts/bench/cold-start.mjs).
// With two or more CPUs the server (and the minimal proxy) run on CPU 0 and the load generator and
// the browser on CPU 1 (taskset), so the client never steals the server's CPU.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import yaml from 'js-yaml';

import { coldStart, JS_UNTIL_IDLE_BUDGET_BYTES } from './bench/cold-start.mjs';
import {
  gzipSizeOf,
  kib,
  measureFirstLoadJs,
  OPERATION_PAGE_BUDGET_BYTES,
  staticFileFor,
} from './bench/first-load-js.mjs';
import { loginWithDemoClient } from './bench/login.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '3200' },
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string', default: 'a,b,c,d,e' },
    // Serve a copy of the build from a temporary directory, so that a rebuild of the shared tree
    // during the run cannot pull the files from under the server.
    snapshot: { type: 'boolean', default: false },
  },
});

const PORT = Number(args.port);
const PROXY_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(args.duration);
const RUNS = Number(args.runs);
const PARTS = new Set(args.only.split(',').map((part) => part.trim()));
const RESULTS_DIR = 'bench/results';
// A partial run (e.g. `npm run bench:boot`, part e alone) keeps the full run's file as it was.
const RESULTS_FILE = args.only === 'a,b,c,d,e' ? 'bench.json' : `bench-${[...PARTS].join('')}.json`;
// The Citrix documents: ../shared beside the project's checkout (a worktree sits one level deeper).
const SPECS =
  process.env.CITRIX_SPECS_DIR ??
  ['../shared', '../../shared']
    .map((shared) => path.resolve(process.cwd(), shared, 'specs/citrix-daas-rest-go'))
    .find((dir) => existsSync(dir)) ??
  path.resolve(process.cwd(), '../shared/specs/citrix-daas-rest-go');
const DEMO = {
  customerId: 'sandboxdemo01',
  clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
  clientSecret: 'Sbx3Demo+Secret/Key9w==',
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Like e2e/test-env.ts SERVER_ENV, with the limiters out of the way: this measures the proxy.
const SERVER_ENV = {
  NODE_ENV: 'production',
  HOSTNAME: '127.0.0.1',
  PORT: String(PORT),
  SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  LOG_LEVEL: 'silent',
  SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: '100000',
  TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: '100000',
};

mkdirSync(RESULTS_DIR, { recursive: true });
const log = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// CPUs, build, processes

const PIN = spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0 && cpus().length >= 2;
if (PIN) spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
const onServerCpu = (command) => (PIN ? ['taskset', '-c', '0', ...command] : command);

function build() {
  if (spawnSync('pgrep', ['-f', 'next build'], { stdio: 'ignore' }).status === 0) {
    throw new Error(
      'Another `next build` is running on this tree; run again when it has finished (or pass --no-build).',
    );
  }
  log('Building (next build)…');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      SESSION_PASSWORD: process.env.SESSION_PASSWORD ?? 'build-password-build-password-build-pw',
    },
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
}

async function waitFor(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startProcess(name, command, env) {
  const [file, ...rest] = onServerCpu(command);
  const child = spawn(file, rest, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(path.join(RESULTS_DIR, `${name}.log`));
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, stop };
}

// ---------------------------------------------------------------------------------------------
// The app

const TOKEN_PATH = `/sandbox/cctrustoauth2/${DEMO.customerId}/tokens/clients`;
const TOKEN_FORM = new URLSearchParams({
  grant_type: 'client_credentials',
  client_id: DEMO.clientId,
  client_secret: DEMO.clientSecret,
}).toString();

async function sandboxToken() {
  const response = await fetch(`${BASE}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: TOKEN_FORM,
  });
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status}`);
  return (await response.json()).access_token;
}

/** The operation every proxy variant calls: DaaS "me", a small JSON answer. */
const OPERATION = { path: '/cvad/manage/me', serviceId: 'daas', relative: '/me' };

async function check(url, init, expectStatus = 200) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expectStatus)
    throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// (a) the proxy's cost, (d) token exchanges

const percentileOf = (sorted, p) =>
  sorted.length === 0
    ? undefined
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** One autocannon run; every response's latency is kept so that slices can be pooled. */
async function slice({ url, method = 'GET', headers, body, connections, perConnectionHeaders, duration }) {
  let next = 0;
  const latencies = [];
  const instance = autocannon({
    url,
    method,
    connections,
    duration,
    timeout: 30,
    headers,
    body,
    setupClient: perConnectionHeaders
      ? (client) => {
          client.setHeaders({ ...headers, ...perConnectionHeaders(next) });
          next += 1;
        }
      : undefined,
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latencies,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function pool(slices) {
  const latencies = slices.flatMap((item) => item.latencies).sort((a, b) => a - b);
  const requests = slices.reduce((sum, item) => sum + item.requests, 0);
  const seconds = slices.reduce((sum, item) => sum + item.seconds, 0);
  const round = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);
  return {
    reqPerSec: Math.round((requests / seconds) * 10) / 10,
    p50: round(percentileOf(latencies, 50)),
    p99: round(percentileOf(latencies, 99)),
    requests,
    seconds: Math.round(seconds * 10) / 10,
    errors: slices.reduce((sum, item) => sum + item.errors, 0),
    non2xx: slices.reduce((sum, item) => sum + item.non2xx, 0),
  };
}

/** Rounds of short slices, the variants taking turns, so that other load on the machine hits them alike. */
const ROUNDS = 5;
async function interleaved(variants, connections) {
  const slices = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, variant] of Object.entries(variants))
      slices[name].push(await slice({ ...variant, connections, duration: DURATION / ROUNDS }));
  }
  return Object.fromEntries(Object.entries(slices).map(([name, list]) => [name, pool(list)]));
}

async function partA() {
  const token = await sandboxToken();
  const direct = {
    authorization: `CwsAuth Bearer=${token}`,
    'citrix-customerid': DEMO.customerId,
    accept: 'application/json',
  };
  // One session per connection: the proxy allows 6 calls in flight per session (lib/proxy/concurrency.ts).
  const cookies = [];
  for (let index = 0; index < 20; index += 1) cookies.push(await loginWithDemoClient(BASE));
  const invokeBody = JSON.stringify({
    region: 'sandbox',
    serviceId: OPERATION.serviceId,
    method: 'GET',
    path: OPERATION.relative,
    headers: [
      ['Accept', 'application/json'],
      ['Citrix-CustomerId', DEMO.customerId],
    ],
  });
  const invokeHeaders = { origin: BASE, 'content-type': 'application/json' };
  const variants = {
    direct: { url: `${BASE}/sandbox${OPERATION.path}`, headers: direct },
    minimal: { url: `http://127.0.0.1:${PROXY_PORT}/sandbox${OPERATION.path}`, headers: direct },
    invoke: {
      url: `${BASE}/api/invoke`,
      method: 'POST',
      headers: invokeHeaders,
      body: invokeBody,
      perConnectionHeaders: (index) => ({ cookie: cookies[index % cookies.length] }),
    },
  };
  // Each variant answers 200 before it is measured (invoke: 200 and the sandbox's 200 inside).
  await check(variants.direct.url, { headers: direct });
  await check(variants.minimal.url, { headers: direct });
  const envelope = JSON.parse(
    await check(variants.invoke.url, {
      method: 'POST',
      headers: { ...invokeHeaders, cookie: cookies[0] },
      body: invokeBody,
    }),
  );
  if (envelope.status !== 200) throw new Error(`invoke: the sandbox answered ${envelope.status}`);

  for (const variant of Object.values(variants)) await slice({ ...variant, connections: 4, duration: 2 });
  const results = { direct: {}, minimal: {}, invoke: {} };
  for (const connections of [1, 20]) {
    log(
      `(a) direct, minimal proxy, invoke: ${connections} connection(s), ${ROUNDS} rounds × ${DURATION / ROUNDS} s each`,
    );
    const pooled = await interleaved(variants, connections);
    for (const name of Object.keys(variants)) results[name][connections] = pooled[name];
  }
  for (const connections of [1, 20]) {
    const ratio = (name, base) =>
      Math.round((results[name][connections].reqPerSec / results[base][connections].reqPerSec) * 1000) / 1000;
    for (const name of Object.keys(variants)) {
      results[name][connections].vsDirect = ratio(name, 'direct');
      results[name][connections].vsMinimal = ratio(name, 'minimal');
    }
  }
  return { operation: `GET ${OPERATION.path} (sandbox)`, results };
}

async function partD() {
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  await check(`${BASE}${TOKEN_PATH}`, { method: 'POST', headers, body: TOKEN_FORM });
  const variant = { url: `${BASE}${TOKEN_PATH}`, method: 'POST', headers, body: TOKEN_FORM };
  await slice({ ...variant, connections: 4, duration: 2 });
  const results = {};
  for (const connections of [1, 20]) {
    log(`(d) token exchanges: ${connections} connection(s), ${ROUNDS} × ${DURATION / ROUNDS} s`);
    results[connections] = (await interleaved({ token: variant }, connections)).token;
  }
  return { endpoint: `POST ${TOKEN_PATH} (form-encoded client credentials)`, results };
}

// ---------------------------------------------------------------------------------------------
// (b) first-load JavaScript

async function partB() {
  const pages = [
    { name: 'home', path: '/' },
    { name: 'operation page', path: '/apis/systemlog/GetRecords', budget: OPERATION_PAGE_BUDGET_BYTES },
    { name: 'token page', path: '/token' },
    { name: 'import page', path: '/import' },
    { name: 'imported operation page', path: '/imported/any/any' },
  ];
  const results = [];
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const page of pages) {
      const measured = await measureFirstLoadJs(`${BASE}${page.path}`, { distDir: DIST_DIR });
      const interactive = await scriptsUntilInteractive(browser, page.path);
      results.push({
        ...page,
        gzipBytes: measured.gzipBytes,
        bytes: measured.bytes,
        chunks: measured.chunks.map(({ src, gzipBytes }) => ({ src, gzipBytes })),
        untilInteractive: interactive,
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * Every script the page fetched until it was fully interactive: html[data-hydrated] (set once the
 * lazy islands, e.g. the session badge, have rendered too) and no request for half a second.
 * First-load JS is what the HTML names; this adds what loads right after it.
 */
async function scriptsUntilInteractive(browser, pagePath) {
  const page = await browser.newPage();
  const sources = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') sources.add(request.url());
  });
  try {
    await page.goto(`${BASE}${pagePath}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle');
  } finally {
    await page.close();
  }
  const files = [...sources].map((src) => staticFileFor(src, DIST_DIR)).filter((file) => file !== undefined);
  return { gzipBytes: files.reduce((sum, file) => sum + gzipSizeOf(file), 0), scripts: files.length };
}

// ---------------------------------------------------------------------------------------------
// (c) the browser: import, search, heap

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function importOnce(page, file, expectCount) {
  await page.goto(`${BASE}/import`);
  await page.locator('[data-importer-ready="true"]').waitFor({ timeout: 30_000 });
  // As a person would: the page has finished loading before a file is picked.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 })),
  );
  await page.getByLabel('API description file').setInputFiles(file);
  const result = page.getByTestId('import-result');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="import-result"]')?.getAttribute('data-import-ms'),
    null,
    { timeout: 60_000 },
  );
  const count = Number(await result.getByTestId('imported-operation-list').getAttribute('data-count'));
  if (count !== expectCount) throw new Error(`${file}: listed ${count} operations, expected ${expectCount}`);
  const ms = Number(await result.getAttribute('data-import-ms'));
  await result.getByRole('link', { name: /^Open / }).waitFor({ timeout: 60_000 });
  return { ms, href: await result.getByRole('link', { name: /^Open / }).getAttribute('href') };
}

/**
 * Types `text` one character at a time into the input matched by `selector` and times each
 * keystroke from the input event to the first painted frame after the page stopped changing
 * (a MutationObserver on the body; deferred renders such as useDeferredValue are included).
 */
async function keystrokes(page, selector, text) {
  return page.evaluate(
    async ({ selector, text }) => {
      const input = document.querySelector(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.focus();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      let lastMutation = 0;
      const observer = new MutationObserver(() => (lastMutation = performance.now()));
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const times = [];
      for (let index = 1; index <= text.length; index += 1) {
        const start = performance.now();
        lastMutation = start;
        setValue.call(input, text.slice(0, index));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        let settledAt;
        for (let frame = 0, quiet = 0; frame < 120 && quiet < 3; frame += 1) {
          const before = lastMutation;
          await painted();
          if (settledAt === undefined || lastMutation !== before) {
            settledAt = performance.now();
            quiet = 0;
          } else quiet += 1;
        }
        times.push(settledAt - start);
      }
      observer.disconnect();
      return times;
    },
    { selector, text },
  );
}

async function heap(page, client) {
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  const memory = await page.evaluate(() => {
    const m = performance.memory;
    return m ? { usedJSHeapSize: m.usedJSHeapSize, totalJSHeapSize: m.totalJSHeapSize } : undefined;
  });
  return { cdpUsedBytes: usage.usedSize, cdpTotalBytes: usage.totalSize, performanceMemory: memory };
}

async function partE() {
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    return await coldStart({
      browser,
      base: BASE,
      peerPort: PORT + 2,
      specsDir: SPECS,
      runs: RUNS,
      login: loginWithDemoClient,
      log,
      // On a busy machine a run takes minutes: each run's medians so far are saved as they come.
      onRun: (partial) => {
        writeFileSync(
          path.join(RESULTS_DIR, 'bench-e.partial.json'),
          `${JSON.stringify({ ...partial, machine: machine(), table: coldStartRows(partial.summary).map((row) => row.join(' | ')) }, null, 2)}\n`,
        );
        log(`  (e) ${partial.runs} run(s) saved in ${path.join(RESULTS_DIR, 'bench-e.partial.json')}`);
      },
    });
  } finally {
    await browser.close();
  }
}

async function partC() {
  const bigYaml = path.join(SPECS, 'citrixorchestration-techpreview/openapi.yaml');
  const small = path.join(SPECS, 'ccadmins/openapi.yaml');
  if (!existsSync(bigYaml) || !existsSync(small))
    return { skipped: `${SPECS} is absent: the 561-operation document is needed` };
  const bigJson = path.join(tmpdir(), 'citrixorchestration-techpreview.openapi.json');
  writeFileSync(bigJson, JSON.stringify(yaml.load(readFileSync(bigYaml, 'utf8')), null, 2));

  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const version = browser.version();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    const documents = [
      { name: '561 operations, JSON', file: bigJson, operations: 561 },
      { name: '561 operations, YAML', file: bigYaml, operations: 561 },
      { name: '6 operations (Administrators), YAML', file: small, operations: 6 },
    ];
    // Round robin, so that other load on the machine falls on every document alike.
    const times = documents.map(() => []);
    let bigHref;
    for (let run = 0; run < RUNS; run += 1) {
      log(`(c) imports, round ${run + 1} of ${RUNS}`);
      for (const [index, document] of documents.entries()) {
        const { ms, href } = await importOnce(page, document.file, document.operations);
        times[index].push(ms);
        if (document.operations === 561) bigHref = href;
      }
    }
    const imports = documents.map((document, index) => ({
      name: document.name,
      sizeBytes: readFileSync(document.file).length,
      medianMs: median(times[index]),
      minMs: Math.min(...times[index]),
      maxMs: Math.max(...times[index]),
      runsMs: times[index],
    }));
    const heapAfterImport = await heap(page, client);

    // Search over the 561 operations: the document's own filter, and the sidebar's "Search APIs".
    log('(c) search keystrokes');
    await page.goto(`${BASE}${bigHref}`);
    await page.getByTestId('imported-operation-list').waitFor();
    // As a person would: the page has finished loading (its late islands too) before typing.
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.waitForLoadState('networkidle');
    const query = 'machine catalog delete';
    const filterMs = await keystrokes(page, 'input[placeholder="Filter operations"]', query);
    // The search box loads its results part when first focused, as a person would before typing.
    await page.getByRole('combobox', { name: 'Search APIs' }).focus();
    await page.locator('[role="listbox"][aria-label="Search results"]').waitFor({ state: 'attached' });
    const searchMs = await keystrokes(page, 'input[placeholder="Search APIs"]', query);
    const searchResults = await page.evaluate(
      () =>
        document
          .querySelector('[role="listbox"][aria-label="Search results"]')
          ?.parentElement?.querySelector('[role="status"]')?.textContent,
    );
    const filterResults = await page.getByTestId('operation-count').textContent();
    const heapServicePage = await heap(page, client);
    const summary = (times) => ({
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      maxMs: Math.max(...times),
      keystrokes: times.length,
    });
    return {
      chromium: version,
      imports,
      search: {
        query,
        filter: { ...summary(filterMs), result: filterResults, perKeystrokeMs: filterMs },
        searchApis: { ...summary(searchMs), result: searchResults, perKeystrokeMs: searchMs },
      },
      heap: { afterImports: heapAfterImport, servicePage561: heapServicePage },
    };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function machine() {
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromium || undefined,
    pinned: PIN ? 'server + minimal proxy on CPU 0, load generator and browser on CPU 1' : 'not pinned',
    /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

const pad = (cells, widths) =>
  cells
    .map((cell, index) => String(cell).padEnd(widths[index]))
    .join('  ')
    .trimEnd();
const ms = (value) => (value === undefined ? '' : `${Math.round(value)} ms`);

function table(report) {
  const rows = [['measure', 'value', 'target / note']];
  const { a, b, c, d, e } = report;
  if (b) {
    for (const page of b) {
      const after = `${kib(page.untilInteractive.gzipBytes)} once interactive`;
      rows.push([
        `(b) first-load JS, ${page.name}`,
        kib(page.gzipBytes),
        page.budget
          ? `≤ ${kib(page.budget)} ${page.gzipBytes <= page.budget ? 'PASS' : 'FAIL'}; ${after}`
          : after,
      ]);
    }
  }
  if (a) {
    for (const connections of [1, 20]) {
      for (const name of ['direct', 'minimal', 'invoke']) {
        const r = a.results[name][connections];
        const label = {
          direct: 'direct GET /sandbox/…',
          minimal: 'minimal Node proxy',
          invoke: 'POST /api/invoke',
        }[name];
        const note =
          name === 'invoke'
            ? `${(r.vsDirect * 100).toFixed(0)}% of direct, ${(r.vsMinimal * 100).toFixed(0)}% of minimal (target ≥ 80%) ${connections === 20 ? (r.vsMinimal >= 0.8 ? 'PASS' : 'FAIL') : ''}`
            : name === 'minimal'
              ? `${(r.vsDirect * 100).toFixed(0)}% of direct`
              : '';
        rows.push([
          `(a) ${label}, ${connections} conn`,
          `${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`,
          note.trim(),
        ]);
      }
    }
  }
  if (c?.skipped) rows.push(['(c) browser', 'skipped', c.skipped]);
  else if (c) {
    const peers = {
      JSON: 'peers: Swagger UI 1.18 s, Redoc 1.44 s, RapiDoc 1.81 s, Elements 2.25 s, Scalar 3.13 s',
    };
    for (const item of c.imports) {
      const json = item.name.includes('561') && item.name.includes('JSON');
      rows.push([
        `(c) import → list, ${item.name}`,
        `median ${ms(item.medianMs)} (min ${ms(item.minMs)}, max ${ms(item.maxMs)})`,
        json ? `≤ 600 ms ${item.medianMs <= 600 ? 'PASS' : 'FAIL'}; ${peers.JSON}` : '',
      ]);
    }
    const s = c.search;
    rows.push([
      '(c) keystroke → painted, filter (561 ops)',
      `median ${ms(s.filter.medianMs)}, p95 ${ms(s.filter.p95Ms)}, max ${ms(s.filter.maxMs)}`,
      `< 50 ms ${s.filter.maxMs < 50 ? 'PASS' : 'FAIL'} (Scalar 196 ms, Swagger UI 267 ms)`,
    ]);
    rows.push([
      '(c) keystroke → painted, Search APIs',
      `median ${ms(s.searchApis.medianMs)}, p95 ${ms(s.searchApis.p95Ms)}, max ${ms(s.searchApis.maxMs)}`,
      `< 50 ms ${s.searchApis.maxMs < 50 ? 'PASS' : 'FAIL'}; catalog + 561 imported`,
    ]);
    const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
    rows.push([
      '(c) JS heap, import page after an import (GC)',
      `${mib(c.heap.afterImports.cdpUsedBytes)} (performance.memory ${mib(c.heap.afterImports.performanceMemory?.usedJSHeapSize ?? 0)})`,
      'main thread; the document lives in the worker',
    ]);
    rows.push([
      '(c) JS heap, 561-operation API page (GC)',
      `${mib(c.heap.servicePage561.cdpUsedBytes)} (performance.memory ${mib(c.heap.servicePage561.performanceMemory?.usedJSHeapSize ?? 0)})`,
      '',
    ]);
  }
  if (d) {
    for (const connections of [1, 20]) {
      const r = d.results[connections];
      rows.push([
        `(d) token exchanges, ${connections} conn`,
        `${r.reqPerSec} /s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`,
        '',
      ]);
    }
  }
  if (e?.skipped) rows.push(['(e) from navigation start', 'skipped', e.skipped]);
  else if (e) rows.push(...coldStartRows(e.summary));
  const widths = [0, 1, 2].map((index) => Math.max(...rows.map((row) => String(row[index]).length)));
  const lines = rows.map((row) => pad(row, widths));
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return lines.join('\n');
}

/** Script bytes until idle, and the budget e2e/budgets.spec.ts holds them to. */
function jsUntilIdle(bytes, workerBytes, page) {
  const budget = JS_UNTIL_IDLE_BUDGET_BYTES[page];
  return `${kib(bytes)} until idle${workerBytes ? ` (worker ${kib(workerBytes)})` : ''}${budget ? `, budget ${kib(budget)} ${bytes <= budget ? 'PASS' : 'FAIL'}` : ''}`;
}

/** Part (e)'s rows: each import beside the peers with the ratios the targets are set on. */
function coldStartRows(summary) {
  const rows = [];
  const documents = [
    ['daas-json', '561 operations, JSON', 'swagger'],
    ['daas-yaml', '561 operations, YAML', 'swagger'],
    ['admins', '6 operations (Administrators)', 'rapidoc'],
  ];
  const label = { swagger: 'Swagger UI', rapidoc: 'RapiDoc' };
  for (const [key, name, reference] of documents) {
    const ours = summary[`${key}:explorer`];
    const ofMedians = ours / summary[`${key}:${reference}`];
    // The target is read on the run-by-run ratio (scripts/bench/paired-ratio.mjs); the ratio of the
    // medians is printed beside it.
    const ratio = summary[`${key}:paired:${reference}`] ?? ofMedians;
    rows.push([
      `(e) navigation → list shown, ${name}`,
      `${ms(ours)}; JS ${jsUntilIdle(summary[`${key}:js`], summary[`${key}:workerjs`], 'import')}`,
      `Swagger UI ${ms(summary[`${key}:swagger`])}, RapiDoc ${ms(summary[`${key}:rapidoc`])}; ${ratio.toFixed(2)} × ${label[reference]} run by run, ${ofMedians.toFixed(2)} × of the medians (target ≤ 0.65) ${ratio <= 0.65 ? 'PASS' : 'FAIL'}`,
    ]);
  }
  const pages = [
    ['home', 'home page interactive', undefined],
    ['operation', 'operation page → Invoke form usable', 1000],
    ['token', 'token page → token shown', 1000],
  ];
  for (const [key, name, target] of pages) {
    const value = summary[`${key}:ms`];
    const interactive = summary[`${key}:interactive`];
    rows.push([
      `(e) ${name}`,
      `${ms(value)}${interactive === undefined ? '' : ` (interactive ${ms(interactive)})`}; JS ${jsUntilIdle(summary[`${key}:js`], summary[`${key}:workerjs`], key)}`,
      target ? `< ${ms(target)} ${value < target ? 'PASS' : 'FAIL'}` : '',
    ]);
  }
  const generate = summary['generate:ms'];
  rows.push(['(e) "Generate" → token shown', ms(generate), `< 300 ms ${generate < 300 ? 'PASS' : 'FAIL'}`]);
  return rows;
}

/** The build in a temporary directory: the standalone server with its static files beside it. */
function snapshotBuild() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cxapi-bench-'));
  cpSync('.next/standalone', dir, { recursive: true });
  cpSync('.next/static', path.join(dir, '.next/static'), { recursive: true });
  if (existsSync('public')) cpSync('public', path.join(dir, 'public'), { recursive: true });
  return dir;
}

let DIST_DIR = '.next';

async function main() {
  if (!args['no-build']) build();
  if (!existsSync('.next/standalone/server.js'))
    throw new Error('No standalone build: run without --no-build.');
  let command = [process.execPath, 'scripts/start-standalone.mjs'];
  if (args.snapshot) {
    const dir = snapshotBuild();
    DIST_DIR = path.join(dir, '.next');
    command = [process.execPath, path.join(dir, 'server.js')];
    log(
      `Serving a copy of build ${readFileSync(path.join(DIST_DIR, 'BUILD_ID'), 'utf8').trim()} from ${dir}`,
    );
  }
  const server = startProcess('bench-server', command, SERVER_ENV);
  const proxy = startProcess(
    'bench-minimal-proxy',
    [process.execPath, 'scripts/bench/minimal-proxy.mjs', '--port', String(PROXY_PORT), '--target', BASE],
    {},
  );
  try {
    await waitFor(`${BASE}/api/health`, server.child);
    await waitFor(`http://127.0.0.1:${PROXY_PORT}/api/health`, proxy.child);
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      durationSeconds: DURATION,
      runs: RUNS,
    };
    if (PARTS.has('b')) report.b = await partB();
    if (PARTS.has('a')) report.a = await partA();
    if (PARTS.has('d')) report.d = await partD();
    if (PARTS.has('c')) report.c = await partC();
    if (PARTS.has('e')) report.e = await partE();
    const text = table(report);
    report.table = text;
    writeFileSync(path.join(RESULTS_DIR, RESULTS_FILE), `${JSON.stringify(report, null, 2)}\n`);
    const m = report.machine;
    process.stdout.write(
      `\n${text}\n\nMachine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${report.c?.chromium ? `Chromium ${report.c.chromium}` : (m.chromium ?? '')}; ${m.pinned}; load average at start ${m.loadAverage.join(' / ')}.\nSaved ${path.join(RESULTS_DIR, RESULTS_FILE)}\n`,
    );
  } finally {
    await proxy.stop();
    await server.stop();
    if (args.snapshot) rmSync(path.dirname(DIST_DIR), { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
