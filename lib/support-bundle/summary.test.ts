import { describe, expect, it } from 'vitest';

import { callsFromHistory } from './calls';
import { buildSummary, MAX_LISTED_RECORD_IDS } from './summary';
import { failingEntry, fullPath, goodEntry } from './test-support';

const calls = callsFromHistory(
  [
    goodEntry(),
    failingEntry(),
    goodEntry({
      id: 'job',
      at: Date.UTC(2026, 11, 4, 17, 43, 0),
      serviceId: 'daas',
      method: 'POST',
      path: '/MachineCatalogs?async=true',
      status: 202,
      transactionId: 'tx-job-3',
      answer: {
        headers: [['Location', '/cvad/manage/Jobs/job-77']],
        jobId: 'job-77',
        statusText: 'Accepted',
      },
    }),
  ],
  { fullPath, appOrigin: 'http://127.0.0.1:3000' },
);
const window = { start: '2026-12-04T17:35:00Z', end: '2026-12-04T17:48:00Z' };
const base = { generatedAt: Date.UTC(2026, 11, 4, 18, 0, 0), creatorVersion: '0.1.0' };

describe('the summary of a support bundle', () => {
  const text = buildSummary(calls, {
    ...base,
    systemLog: {
      window,
      recordsUrl: 'https://api-us.cloud.com/systemlog/records?x=1',
      explorerLink: 'http://app/l',
    },
  });

  it("gives each call's method, URL, status, UTC time, transaction id, job id and Citrix's error", () => {
    expect(text).toContain('3 calls, 1 failing');
    expect(text).toContain('### 2. FAILED · GET 400 Bad Request');
    expect(text).toContain('- URL: `https://api-us.cloud.com/cvad/manage/MachineCatalogs`');
    expect(text).toContain('- Time (UTC): 2026-12-04T17:42:30.000Z · took 80 ms');
    expect(text).toContain('- Citrix-TransactionId: `tx-bad-2`');
    expect(text).toContain('- Citrix error: `MissingInstanceId` Citrix-InstanceId header is missing.');
    expect(text).toContain('### 3. OK · POST 202 Accepted');
    expect(text).toContain('- Job id: `job-77`');
  });

  it('links the SystemLog records of the window, and says they were not fetched', () => {
    expect(text).toContain('Window (UTC): 2026-12-04T17:35:00Z to 2026-12-04T17:48:00Z');
    expect(text).toContain('`GET https://api-us.cloud.com/systemlog/records?x=1`');
    expect(text).toContain('- In the explorer: http://app/l');
    expect(text).toContain('- Records: not fetched with this bundle.');
  });

  it('lists the fetched records: their count and ids, a long list cut', () => {
    const ids = Array.from({ length: MAX_LISTED_RECORD_IDS + 3 }, (_, index) => `rec-${index}`);
    const fetched = buildSummary(calls, {
      ...base,
      systemLog: { window, recordsUrl: 'u', fetched: { fetchedAt: base.generatedAt, ids, more: true } },
    });
    expect(fetched).toContain(`: ${MAX_LISTED_RECORD_IDS + 3}+ records`);
    expect(fetched).toContain('  - `rec-0`');
    expect(fetched).not.toContain(`\`rec-${MAX_LISTED_RECORD_IDS}\``);
    expect(fetched).toContain('… and 3 more');
    expect(fetched).toContain('More records matched than were read');
  });

  it('keeps a backtick or a line break in a value from breaking the Markdown', () => {
    const [call] = callsFromHistory([failingEntry({ transactionId: 'a`b\nc' })], {
      fullPath,
      appOrigin: 'x',
    });
    expect(buildSummary([call!], base)).toContain("- Citrix-TransactionId: `a'b c`");
  });
});
