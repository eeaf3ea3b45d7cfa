// Part (e) of `npm run bench`: what a person waits for, timed from navigation start in a cold
// browser context (no cache, no service worker, no cookies but the session's where one is needed).
//
// - Import → list shown for the 561-operation DaaS document (JSON and YAML) and the 6-operation
//   Administrators document, side by side with the two fastest peers, Swagger UI (swagger-ui-dist)
//   and RapiDoc (rapidoc), their standalone bundles loading the same document from a local URL.
//   Tools are interleaved run by run, so a slow moment of the machine hits all of them alike.
// - Home page interactive; an operation page to the Invoke API form usable after one click; the
//   token page to the token shown; "Generate" to the token shown.
// - The JavaScript each of those fetched until the network was idle (gzip bytes on the wire).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import yaml from 'js-yaml';

import { pairedRatio } from './paired-ratio.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const swaggerPage = (specUrl) => `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/swagger-ui/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/swagger-ui/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui' });</script>
</body></html>`;

const rapidocPage = (specUrl) => `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="/rapidoc/rapidoc-min.js"></script></head><body>
<rapi-doc spec-url=${JSON.stringify(specUrl)} render-style="read" show-header="false"></rapi-doc>
</body></html>`;

/**
 * A static server for the peers' bundles and the documents, compressed as a CDN would serve them
 * (gzip), on 127.0.0.1. Pages are generated per document.
 */
export async function startPeerServer(port, documents) {
  const roots = {
    '/swagger-ui/': path.resolve('node_modules/swagger-ui-dist'),
    '/rapidoc/': path.resolve('node_modules/rapidoc/dist'),
  };
  const gzipCache = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url, `http://127.0.0.1:${port}`);
    const page = /^\/(swagger|rapidoc)\/([\w-]+)$/.exec(url.pathname);
    if (page) {
      const document = documents[page[2]];
      if (!document) return void response.writeHead(404).end();
      const specUrl = `/docs/${page[2]}${path.extname(document)}`;
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return void response.end(page[1] === 'swagger' ? swaggerPage(specUrl) : rapidocPage(specUrl));
    }
    let file;
    const doc = /^\/docs\/([\w-]+)\.(json|yaml)$/.exec(url.pathname);
    if (doc) file = documents[doc[1]];
    for (const [prefix, root] of Object.entries(roots)) {
      if (url.pathname.startsWith(prefix)) {
        const candidate = path.resolve(root, `.${url.pathname.slice(prefix.length - 1)}`);
        if (candidate.startsWith(root)) file = candidate;
      }
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)));
    response.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipCache.get(file));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * What each page may fetch in JavaScript until the network is idle (gzip bytes on the wire, the
 * late chunks included): the values measured after the boot work (issue 13) plus about 3 %.
 * Enforced by e2e/budgets.spec.ts; the bench prints them beside its own measure.
 */
export const JS_UNTIL_IDLE_BUDGET_BYTES = {
  /**
   * /import, a file picked, the operation list shown: 274.3 KB measured once the validators were
   * generated ahead of time (worker 87.3 KB, from 104 KB); 276.8 KB on 2026-12-06. Then 263.2 KB
   * (worker 73.5 KB), now counting the chunks the worker imports after the list (Scalar, 37 KB), once
   * it loaded one validator rather than three. 272.7 KB (worker 82.8 KB) when the page goes idle
   * before the pick and the worker preloads the OpenAPI 3.0 validator as well: the most this flow
   * fetches, which e2e/budgets.spec.ts measures (a file picked sooner fetches 263.3 KB).
   */
  import: 287_500,
  /** The home page, hydrated: 172.5 KB measured; 172.7 KB on 2026-12-06. */
  home: 182_000,
  /**
   * An operation page, signed in, the Invoke API form opened and usable: 254.0 KB measured; 210.3 KB
   * once the form stopped bringing zod (the share codec) and Radix (demo mode's dialog).
   */
  operation: 222_700,
  /** The token page, signed in, the token shown: 179.0 KB measured; 180.0 KB on 2026-12-06. */
  token: 189_000,
};

/** The operation list on /import shows `count` operations: performance.now(), else 0. */
export function listShownProbe(count) {
  const list = document.querySelector('[data-testid="imported-operation-list"]');
  const shown = list && Number(list.getAttribute('data-count')) === count && list.querySelector('a');
  return shown ? performance.now() : 0;
}

/** The scripts a Turbopack worker loads: its bootstrap, and the chunks listed in its URL's params. */
export function workerScripts(workerUrl) {
  const url = new URL(workerUrl);
  const params = url.searchParams.get('params') ?? decodeURIComponent(url.hash.replace(/^#params=/, ''));
  const [chunks] = params ? JSON.parse(params) : [[]];
  return [`${url.origin}${url.pathname}`, ...chunks.map((src) => new URL(src, url.origin).href)];
}

/**
 * Counts the script bytes that crossed the wire (compressed) for one page until it went idle,
 * the page's own (from the responses' encoded sizes) and its workers' (which the page's network
 * events do not show: their bootstrap, their chunks and what they import later, gzip-compressed here as the server sends them,
 * each URL once, none the page had fetched already).
 */
export async function trackScriptBytes(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const scripts = new Map();
  const fetched = new Set();
  let bytes = 0;
  client.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, event.response.url);
  });
  client.on('Network.loadingFinished', (event) => {
    if (!scripts.has(event.requestId)) return;
    bytes += event.encodedDataLength;
    fetched.add(scripts.get(event.requestId));
  });
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // What a worker loads later (a chunk it imports on first need): Playwright reports a worker's
  // requests as the page's, the page's CDP session does not.
  const requested = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || new URL(request.url()).pathname.endsWith('.js'))
      requested.add(request.url());
  });
  return async () => {
    let workerBytes = 0;
    for (const src of new Set([...workers.flatMap(workerScripts), ...requested])) {
      if (fetched.has(src)) continue;
      workerBytes += gzipSync(await (await page.request.get(src)).body()).length;
    }
    return { page: bytes, worker: workerBytes, total: bytes + workerBytes };
  };
}

/**
 * Resolves with the value `probe` returns in the page once it is truthy: probes return
 * performance.now() (ms since navigation start) the moment their condition holds. Playwright sends
 * the function itself, so the page's CSP (no eval) is no obstacle.
 */
function timeWhen(page, probe, arg, timeout = 300_000) {
  return page.waitForFunction(probe, arg, { timeout, polling: 'raf' }).then((handle) => handle.jsonValue());
}

/**
 * The explorer's /import: the file is picked the moment the importer says it accepts one
 * (`data-importer-ready`), then the clock stops when the operation list is on screen. The script
 * bytes are those fetched until the network went idle after that.
 */
async function explorerImport(context, base, file, expectCount) {
  const page = await context.newPage();
  const scriptBytes = await trackScriptBytes(page);
  try {
    await page.goto(`${base}/import`, { waitUntil: 'commit' });
    // Polled every frame: a locator's waitFor backs off to 100–500 ms between checks, which
    // would pick the file up to half a second after the importer said it was ready.
    await timeWhen(page, () =>
      document.querySelector('[data-importer-ready="true"]') ? performance.now() : 0,
    );
    await page.getByLabel('API description file').setInputFiles(file);
    const ms = await timeWhen(page, listShownProbe, expectCount);
    await page.waitForLoadState('networkidle');
    return { ms, jsBytes: await scriptBytes() };
  } finally {
    await page.close();
  }
}

async function peerLoad(context, url, peer) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await timeWhen(
      page,
      (kind) =>
        (
          kind === 'swagger'
            ? document.querySelector('.opblock')
            : document.querySelector('rapi-doc')?.shadowRoot?.querySelector('.nav-bar-path')
        )
          ? performance.now()
          : 0,
      peer,
    );
  } finally {
    await page.close();
  }
}

async function signedInContext(browser, base, login) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const cookie = await login(base);
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
    }),
  );
  return context;
}

/** One cold visit of an explorer page: time to `ready` from navigation start, and scripts fetched. */
async function explorerVisit(context, url, ready) {
  const page = await context.newPage();
  const scriptBytes = await trackScriptBytes(page);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const reached = await ready(page);
    const { ms, interactive } = typeof reached === 'number' ? { ms: reached } : reached;
    await page.waitForLoadState('networkidle');
    return { ms, interactive, jsBytes: await scriptBytes() };
  } finally {
    await page.close();
  }
}

export const hydrated = (page) =>
  timeWhen(page, () => (document.documentElement.dataset.hydrated === 'true' ? performance.now() : 0));

/**
 * Clicks the middle of `box` with the mouse alone, as a person would, and returns the click event's
 * timeStamp in the page (when the input arrived: a wait behind a busy main thread counts).
 * Playwright's locator.click() first scrolls, waits for two frames of a still box and hit-tests,
 * each a round trip to a page that may be busy: 130–250 ms on this machine that are the harness's.
 */
async function mouseClick(page, box) {
  await page.evaluate(() => {
    window.__benchClickAt = 0;
    window.addEventListener('click', (event) => (window.__benchClickAt ||= event.timeStamp), {
      capture: true,
    });
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const at = await page.evaluate(() => window.__benchClickAt);
  if (!at) throw new Error('The click did not reach the page.');
  return at;
}

/** The box of the first button whose text is `label`, read in one round trip. */
const buttonBox = (page, label) =>
  page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    const rect = button?.getBoundingClientRect();
    return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  }, label);

/**
 * An operation page, signed in: from navigation start to the Invoke API form usable (Send enabled,
 * Authorization filled), "Invoke API" clicked with the mouse as soon as the page is interactive.
 */
export async function invokeFormUsable(page) {
  await page.getByRole('button', { name: 'Invoke API' }).first().waitFor();
  // The button is server-rendered and enabled; a click before hydration finds no handler (seen on a
  // loaded machine: the form never opened). The app marks <html data-hydrated> once React is in;
  // polled every frame (a locator's waitFor backs off to 500 ms between checks).
  await hydrated(page);
  await mouseClick(page, await buttonBox(page, 'Invoke API'));
  return timeWhen(page, () => {
    const send = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send');
    const auth = [...document.querySelectorAll('input')].find((i) => /CwsAuth Bearer=/.test(i.value));
    return send && !send.disabled && auth ? performance.now() : 0;
  });
}

export const tokenShown = (page) =>
  timeWhen(page, () =>
    /CwsAuth Bearer=/.test(document.querySelector('[data-testid="authorization-value"]')?.textContent ?? '')
      ? performance.now()
      : 0,
  );

/**
 * The token page: the token shown (the server draws it, masked) and, apart, the page interactive
 * (html[data-hydrated]: Reveal and the copy buttons work).
 */
const tokenPageReady = async (page) => ({ ms: await tokenShown(page), interactive: await hydrated(page) });

/**
 * @param {object} options
 * @param {import('@playwright/test').Browser} options.browser
 * @param {string} options.base the explorer's origin
 * @param {number} options.peerPort a free port for the peers' static server
 * @param {string} options.specsDir ../shared/specs/citrix-daas-rest-go
 * @param {number} options.runs runs per measure (median)
 * @param {(base: string) => Promise<string>} options.login a Cookie header for a signed-in session
 * @param {(line: string) => void} options.log
 */
export async function coldStart({ browser, base, peerPort, specsDir, runs, login, log, onRun }) {
  const bigYaml = path.join(specsDir, 'citrixorchestration-techpreview/openapi.yaml');
  const smallYaml = path.join(specsDir, 'ccadmins/openapi.yaml');
  if (!existsSync(bigYaml) || !existsSync(smallYaml))
    return { skipped: `${specsDir} is absent: the Citrix documents are needed` };
  const work = mkdtempSync(path.join(tmpdir(), 'cxapi-cold-'));
  const bigJson = path.join(work, 'daas.json');
  writeFileSync(bigJson, JSON.stringify(yaml.load(readFileSync(bigYaml, 'utf8'))));
  const documents = { 'daas-json': bigJson, 'daas-yaml': bigYaml, admins: smallYaml };
  const counts = { 'daas-json': 561, 'daas-yaml': 561, admins: 6 };
  const peers = await startPeerServer(peerPort, documents);
  const results = {};
  const record = (key, value) => (results[key] ??= []).push(value);
  try {
    for (let run = 0; run < runs; run += 1) {
      log(`  (e) run ${run + 1}/${runs}`);
      for (const [name, file] of Object.entries(documents)) {
        for (const tool of ['explorer', 'swagger', 'rapidoc']) {
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          try {
            if (tool === 'explorer') {
              const visit = await explorerImport(context, base, file, counts[name]);
              record(`${name}:${tool}`, visit.ms);
              record(`${name}:js`, visit.jsBytes.total);
              record(`${name}:workerjs`, visit.jsBytes.worker);
            } else
              record(`${name}:${tool}`, await peerLoad(context, `${peers.origin}/${tool}/${name}`, tool));
          } finally {
            await context.close();
          }
        }
      }
      for (const [key, url, ready, signedIn] of [
        ['home', `${base}/`, hydrated, false],
        ['operation', `${base}/apis/systemlog/GetRecords`, invokeFormUsable, true],
        ['token', `${base}/token`, tokenPageReady, true],
      ]) {
        const context = signedIn
          ? await signedInContext(browser, base, login)
          : await browser.newContext({ viewport: { width: 1440, height: 900 } });
        try {
          const visit = await explorerVisit(context, url, ready);
          record(`${key}:ms`, visit.ms);
          if (visit.interactive !== undefined) record(`${key}:interactive`, visit.interactive);
          record(`${key}:js`, visit.jsBytes.total);
          record(`${key}:workerjs`, visit.jsBytes.worker);
        } finally {
          await context.close();
        }
      }
      record('generate:ms', await generateToShown(browser, base));
      onRun?.({ runs: run + 1, summary: summarise(results), raw: results });
    }
  } finally {
    await peers.close();
  }
  return { runs, summary: { ...summarise(results), ...pairedRatios(results) }, raw: results };
}

/** Each document's explorer time over each peer's, run by run (see paired-ratio.mjs). */
function pairedRatios(results) {
  const ratios = {};
  for (const name of ['daas-json', 'daas-yaml', 'admins'])
    for (const peer of ['swagger', 'rapidoc']) {
      const ours = results[`${name}:explorer`];
      const theirs = results[`${name}:${peer}`];
      if (ours?.length && ours.length === theirs?.length)
        ratios[`${name}:paired:${peer}`] = pairedRatio(ours, theirs);
    }
  return ratios;
}

/** The median of every measure. */
function summarise(results) {
  const summary = {};
  for (const [key, values] of Object.entries(results)) summary[key] = median(values);
  return summary;
}

/** From the click on "Use the sandbox demo client" (the mouse's, see mouseClick) to the token shown on the token page. */
async function generateToShown(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/token`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page
      .getByRole('button', { name: /Set Authentication/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Use the sandbox demo client/ }).waitFor();
    const clickedAt = await mouseClick(page, await buttonBox(page, 'Use the sandbox demo client'));
    return (await tokenShown(page)) - clickedAt;
  } finally {
    await context.close();
  }
}
