import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { kib, measureFirstLoadJs, OPERATION_PAGE_BUDGET_BYTES } from '../scripts/bench/first-load-js.mjs';

/**
 * Budgets on the production build, in bytes (deterministic for a build, unlike timings, which
 * belong to `npm run bench`). The same helper measures them for the bench.
 */

/** Strings only the import worker's parsers and validators contain (js-yaml, Ajv, the OpenAPI schemas, Scalar). */
const PARSER_SIGNATURES = [
  'YAMLException',
  'https://spec.openapis.org/oas/3.0/schema',
  'must have required property',
  'openapi-upgrader',
];

/** The build the server runs: `.next` (as playwright.config.ts starts it), or a copy of it. */
const DIST_DIR = process.env.E2E_DIST_DIR ?? '.next';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'operation page', path: '/apis/systemlog/GetRecords' },
  { name: 'token page', path: '/token' },
  { name: 'import page', path: '/import' },
  { name: 'imported operation page', path: '/imported/any/any' },
];

test.describe('first-load JavaScript budgets', () => {
  test(`the operation page loads at most ${kib(OPERATION_PAGE_BUDGET_BYTES)} of JavaScript (gzip)`, async ({
    request,
    baseURL,
  }) => {
    const measured = await measureFirstLoadJs(`${baseURL}/apis/systemlog/GetRecords`, {
      distDir: DIST_DIR,
      fetchImpl: (url: string) => request.get(url),
    });
    const breakdown = measured.chunks.map((chunk) => `${chunk.src} ${kib(chunk.gzipBytes)}`).join('\n');
    expect(measured.chunks.length, 'the page loads its chunks from /_next/static').toBeGreaterThan(0);
    expect(
      measured.chunks.every((chunk) => !chunk.external),
      'every script is a chunk of this build',
    ).toBe(true);
    expect(measured.gzipBytes, `first-load JS ${kib(measured.gzipBytes)}:\n${breakdown}`).toBeLessThanOrEqual(
      OPERATION_PAGE_BUDGET_BYTES,
    );
  });

  test('no page loads the import parsers: they live in the import worker only', async ({
    request,
    baseURL,
  }) => {
    for (const page of PAGES) {
      const measured = await measureFirstLoadJs(`${baseURL}${page.path}`, {
        distDir: DIST_DIR,
        fetchImpl: (url: string) => request.get(url),
      });
      for (const chunk of measured.chunks) {
        const code = readFileSync(chunk.file!, 'utf8');
        for (const signature of PARSER_SIGNATURES)
          expect(
            code.includes(signature),
            `${page.name} loads ${chunk.src}, which contains "${signature}"`,
          ).toBe(false);
      }
    }
  });

  test('the import worker exists in the build and carries the parsers', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/import');
    await expect(page.getByTestId('import-panel')).toHaveAttribute('data-importer-ready', 'true');
    // The file input works before the page's code has loaded; the worker starts once it has.
    await expect.poll(() => workers.length).toBe(1);
    // Turbopack starts a worker with a bootstrap script whose URL lists the worker's chunks.
    const url = new URL(workers[0]!);
    const params = url.searchParams.get('params') ?? decodeURIComponent(url.hash.replace(/^#params=/, ''));
    const [chunks] = JSON.parse(params) as [string[]];
    expect(chunks.length).toBeGreaterThan(0);
    const texts = (await Promise.all(chunks.map(async (src) => (await page.request.get(src)).text()))).join(
      '\n',
    );
    for (const signature of PARSER_SIGNATURES.slice(0, 2)) expect(texts).toContain(signature);
  });
});
