import { describe, expect, it } from 'vitest';

import { decodeShare, readFragment } from '@/lib/share/codec';

import { buildSupportBundle, bundleSummary } from './bundle';
import { harSchema } from './har-schema';
import { failingEntry, fullPath, goodEntry } from './test-support';

const options = {
  fullPath,
  appOrigin: 'http://127.0.0.1:3000',
  creatorVersion: '0.1.0',
  now: Date.UTC(2026, 11, 4, 18, 0, 5),
};

describe('a support bundle', () => {
  it('has a HAR 1.2 file, file names stamped in UTC, and the SystemLog window of its calls', async () => {
    const bundle = await buildSupportBundle([failingEntry(), goodEntry()], options);
    expect(harSchema.safeParse(JSON.parse(bundle.harText)).success).toBe(true);
    expect(bundle.fileStem).toBe('citrix-support-20261204T180005Z');
    expect(bundle.window).toEqual({ start: '2026-12-04T17:35:00Z', end: '2026-12-04T17:47:31Z' });
    expect(bundle.recordsUrl).toMatch(/^https:\/\/api-us\.cloud\.com\/systemlog\/records\?StartDateTime=/);
  });

  it("links the explorer's SystemLog form filled in with the window", async () => {
    const bundle = await buildSupportBundle([goodEntry()], options);
    const url = new URL(bundle.explorerLink);
    expect(url.pathname).toBe('/apis/systemlog/GetRecords');
    const payload = await decodeShare(readFragment(url.hash)!.value);
    expect(payload).toMatchObject({
      s: 'systemlog',
      o: 'GetRecords',
      p: { 'query:StartDateTime': '2026-12-04T17:35:00Z', 'query:EndDateTime': '2026-12-04T17:45:01Z' },
    });
    expect(bundleSummary(bundle)).toContain(bundle.explorerLink);
  });

  it('needs at least one call', async () => {
    await expect(buildSupportBundle([], options)).rejects.toThrow('Select at least one call');
  });
});
