import path from 'node:path';

import { expect, test } from '@playwright/test';

import { holdPageScripts } from './hold-scripts';
import { Importer } from './pages/importer';

const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');

/**
 * The chunk that brings the header's browser-state controls: Turbopack writes each export's name,
 * quoted, in the chunk that defines it (the layout's chunk only reads `module.ProfileSwitcher`).
 */
const ISLANDS_CHUNK_MARK = '"ProfileSwitcher"';

test('a file picked before the page is interactive is listed, and the deferrable code loads after the list', async ({
  page,
}) => {
  // The page's scripts are held until the file is picked: the pick lands in the server-rendered
  // input (lib/import/early-import-script.ts), before React has hydrated anything.
  const releaseScripts = await holdPageScripts(page);

  await page.goto('/import', { waitUntil: 'commit' });
  await expect(page.getByTestId('import-panel')).toHaveAttribute('data-importer-ready', 'true');
  await page.getByLabel('API description file').setInputFiles(path.join(TESTDATA, 'swagger2-systemlog.yaml'));
  releaseScripts();

  const importer = new Importer(page);
  await expect(importer.operationCount()).toHaveText('2 operations');
  await importer.waitStored();
  // The header's controls arrive too (the page is then fully interactive).
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('button', { name: /Set Authentication/ }).first()).toBeVisible();

  // lib/scheduling/urgent-work.ts: the islands' code was requested once the list was on screen,
  // not beside the import while the person waited for it.
  const timings = await page.evaluate(() => ({
    listedAt: performance
      .getEntriesByName('import-to-list')
      .map((entry) => entry.startTime + entry.duration)[0],
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({ url: entry.name, startedAt: entry.startTime })),
  }));
  const listedAt = timings.listedAt ?? 0;
  expect(listedAt, 'the import-to-list measure').toBeGreaterThan(0);
  const islands: typeof timings.scripts = [];
  for (const script of timings.scripts) {
    const body = await (await page.request.get(script.url)).text();
    if (body.includes(ISLANDS_CHUNK_MARK)) islands.push(script);
  }
  expect(islands.length, `a script holding ${ISLANDS_CHUNK_MARK}`).toBeGreaterThan(0);
  for (const island of islands)
    expect(
      island.startedAt,
      `${island.url} requested before the list was on screen at ${Math.round(listedAt)} ms (the hold lasts 5 s at most)`,
    ).toBeGreaterThanOrEqual(listedAt);
});
