import { describe, expect, it } from 'vitest';

import {
  addEntry,
  MAX_HISTORY_ENTRIES,
  parseHistory,
  persistHistory,
  removeEntry,
  searchHistory,
  serializeHistory,
  type HistoryEntry,
} from './store';

function entry(id: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id,
    at: 1_700_000_000_000,
    profileId: 'default',
    profileName: 'Demo',
    serviceId: 'systemlog',
    operationId: 'GetRecords',
    method: 'GET',
    path: '/records?Limit=3',
    region: 'sandbox',
    status: 200,
    durationMs: 12,
    transactionId: 'tx-1',
    inputs: { params: { 'query:Limit': '3' }, omitted: [] },
    ...extra,
  };
}

describe('call history', () => {
  it('keeps the newest 200 entries, newest first', () => {
    let list: HistoryEntry[] = [];
    for (let index = 0; index < MAX_HISTORY_ENTRIES + 5; index++) list = addEntry(list, entry(`e${index}`));
    expect(list).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(list[0]!.id).toBe(`e${MAX_HISTORY_ENTRIES + 4}`);
    expect(removeEntry(list, list[0]!.id)).toHaveLength(MAX_HISTORY_ENTRIES - 1);
  });

  it('round-trips and drops malformed entries', () => {
    const raw = serializeHistory([entry('a'), { ...entry('b'), method: 'TRACE' } as never]);
    expect(parseHistory(raw).map((item) => item.id)).toEqual(['a']);
    expect(parseHistory('nope')).toEqual([]);
    expect(parseHistory(null)).toEqual([]);
  });

  it('searches every word across method, path, status, profile, transaction id and inputs', () => {
    const list = [
      entry('a'),
      entry('b', {
        method: 'POST',
        serviceId: 'notifications',
        operationId: 'Notifications_CreateItems',
        path: '/',
        status: 200,
        profileName: 'Other',
        transactionId: 'tx-2',
        inputs: { params: {}, body: '{"title":"Disk alert"}', omitted: [] },
      }),
      entry('c', { status: undefined, errorCode: 'READ_ONLY_DEPLOYMENT', method: 'DELETE' }),
    ];
    expect(searchHistory(list, '').map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(searchHistory(list, 'post other').map((item) => item.id)).toEqual(['b']);
    expect(searchHistory(list, 'disk ALERT').map((item) => item.id)).toEqual(['b']);
    expect(searchHistory(list, 'tx-1').map((item) => item.id)).toEqual(['a', 'c']);
    expect(searchHistory(list, 'read_only').map((item) => item.id)).toEqual(['c']);
    expect(searchHistory(list, 'records 200').map((item) => item.id)).toEqual(['a']);
  });

  it('drops the oldest half while the storage quota refuses the write', () => {
    const list = Array.from({ length: 8 }, (_, index) => entry(`e${index}`));
    const written: string[] = [];
    const kept = persistHistory(list, (value) => {
      if (value.length > serializeHistory(list.slice(0, 2)).length)
        throw new DOMException('full', 'QuotaExceededError');
      written.push(value);
    });
    expect(kept.map((item) => item.id)).toEqual(['e0', 'e1']);
    expect(written).toHaveLength(1);
  });
});
