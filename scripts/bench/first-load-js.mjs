// First-load JavaScript of a page of the production build, gzip-sized, computed from the build
// output: fetch the page's HTML from the running server, collect its <script src> chunks (the
// ones a module-capable browser runs: `noModule` polyfills are skipped), and gzip the files under
// .next/static with zlib. Bytes are deterministic for a given build, so the budgets test
// (e2e/budgets.spec.ts) and `npm run bench` share this code and agree to the byte.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The operation page's budget from the issue: 150 KB of gzip-compressed first-load JavaScript,
 * enforced by e2e/budgets.spec.ts. Next 16 + React 19 take ~132 KB of it and TanStack Query's
 * client ~8 KB; see docs/performance.md for what the page loads right after.
 */
export const OPERATION_PAGE_BUDGET_BYTES = 150 * 1024;

/**
 * `<script … src="/_next/static/…">` tags of an HTML page, in order, without `noModule` ones.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptSources(html) {
  /** @type {string[]} */
  const sources = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (!src || /\bnomodule\b/i.test(attributes)) continue;
    if (!sources.includes(src)) sources.push(src);
  }
  return sources;
}

/**
 * The file under .next/static for a `/_next/static/…` URL, or undefined for anything else.
 * @param {string} src
 * @returns {string | undefined}
 */
export function staticFileFor(src, distDir = '.next') {
  const pathname = new URL(src, 'http://x').pathname;
  if (!pathname.startsWith('/_next/static/')) return undefined;
  return path.join(distDir, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
}

/** @type {Map<string, number>} */
const gzipCache = new Map();

/**
 * gzip size (zlib level 9, as gzip-size and Next's own build output use) of one file.
 * @param {string} file
 * @returns {number}
 */
export function gzipSizeOf(file) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  let size = gzipCache.get(key);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(key, size);
  }
  return size;
}

/**
 * @typedef {{ status: number | (() => number), text(): Promise<string> }} PageResponse
 * @typedef {{ src: string, file: string | undefined, bytes: number, gzipBytes: number, external?: boolean }} Chunk
 */

/**
 * First-load JS of the page at `url`: every script chunk its HTML loads, raw and gzip bytes.
 * `fetchImpl` lets a Playwright test pass its request context's `get`.
 * @param {string} url
 * @param {{ distDir?: string, fetchImpl?: (url: string) => Promise<PageResponse> }} [options]
 * @returns {Promise<{ url: string, chunks: Chunk[], bytes: number, gzipBytes: number }>}
 */
export async function measureFirstLoadJs(
  url,
  { distDir = '.next', fetchImpl = (target) => fetch(target) } = {},
) {
  const response = await fetchImpl(url);
  const status = typeof response.status === 'function' ? response.status() : response.status;
  if (status !== 200) throw new Error(`GET ${url} answered ${status}`);
  const html = await response.text();
  const chunks = scriptSources(html).map((src) => {
    const file = staticFileFor(src, distDir);
    if (!file) return { src, file: undefined, bytes: 0, gzipBytes: 0, external: true };
    return { src, file, bytes: statSync(file).size, gzipBytes: gzipSizeOf(file) };
  });
  return {
    url,
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

/**
 * "123.4 KB" with 1 KB = 1024 bytes.
 * @param {number} bytes
 */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
