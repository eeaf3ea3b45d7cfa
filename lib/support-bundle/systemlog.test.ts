import { describe, expect, it } from 'vitest';

import { callsFromHistory } from './calls';
import { readSystemLogPage, systemLogQuery, systemLogRecordsUrl, systemLogWindow } from './systemlog';
import { failingEntry, fullPath, goodEntry } from './test-support';

const calls = callsFromHistory([goodEntry(), failingEntry()], {
  fullPath,
  appOrigin: 'http://127.0.0.1:3000',
});

describe('the SystemLog window of a support bundle', () => {
  it('runs from 5 minutes before the first call to 5 minutes after the last one ended, in whole UTC seconds', () => {
    // The good call at 17:40:00.000, the failing one at 17:42:30.000 taking 80 ms.
    expect(systemLogWindow(calls)).toEqual({ start: '2026-12-04T17:35:00Z', end: '2026-12-04T17:47:31Z' });
    expect(systemLogWindow([])).toBeUndefined();
  });

  it("queries with SystemLog's own parameter names, on the calls' region or this app's sandbox", () => {
    const window = { start: '2026-12-04T17:35:00Z', end: '2026-12-04T17:47:31Z' };
    expect(systemLogQuery(window)).toEqual([
      ['StartDateTime', '2026-12-04T17:35:00Z'],
      ['EndDateTime', '2026-12-04T17:47:31Z'],
      ['Limit', '200'],
    ]);
    expect(systemLogQuery(window, 'cursor')).toContainEqual(['ContinuationToken', 'cursor']);
    expect(systemLogRecordsUrl('eu', 'http://x', window)).toBe(
      'https://api-eu.cloud.com/systemlog/records?StartDateTime=2026-12-04T17%3A35%3A00Z&EndDateTime=2026-12-04T17%3A47%3A31Z&Limit=200',
    );
    expect(systemLogRecordsUrl('sandbox', 'http://127.0.0.1:3000', window)).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\/sandbox\/systemlog\/records\?StartDateTime=/,
    );
  });

  it('reads the ids of a page of records and its cursor', () => {
    expect(
      readSystemLogPage(
        '{"Items":[{"RecordId":"r1"},{"RecordId":"r2"},{"Other":1}],"ContinuationToken":"next"}',
      ),
    ).toEqual({ ids: ['r1', 'r2'], continuationToken: 'next' });
    expect(readSystemLogPage('{"Items":[],"ContinuationToken":null}')).toEqual({ ids: [] });
    expect(readSystemLogPage('{"error":"x"}')).toBeUndefined();
  });
});
