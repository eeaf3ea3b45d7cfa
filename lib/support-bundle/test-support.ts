import type { HistoryEntry } from '@/lib/history/store';

/** History entries as the explorer records them: one good call and one failing DaaS call. */
export function goodEntry(extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: 'good',
    at: Date.UTC(2026, 11, 4, 17, 40, 0),
    profileId: 'default',
    profileName: 'Default',
    serviceId: 'systemlog',
    operationId: 'GetRecords',
    method: 'GET',
    path: '/records?Limit=3',
    region: 'us',
    status: 200,
    durationMs: 120,
    transactionId: 'tx-good-1',
    inputs: { params: { 'header:Citrix-CustomerId': 'cust01', 'query:Limit': '3' }, omitted: [] },
    answer: {
      url: 'https://api-us.cloud.com/systemlog/records',
      statusText: 'OK',
      headers: [
        ['content-type', 'application/json'],
        ['citrix-transactionid', 'tx-good-1'],
      ],
      contentType: 'application/json',
      sizeBytes: 512,
    },
    ...extra,
  };
}

export function failingEntry(extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: 'bad',
    at: Date.UTC(2026, 11, 4, 17, 42, 30),
    profileId: 'default',
    profileName: 'Default',
    serviceId: 'daas',
    operationId: 'MachineCatalogs_GetMachineCatalogs',
    method: 'GET',
    path: '/MachineCatalogs',
    region: 'us',
    status: 400,
    durationMs: 80,
    transactionId: 'tx-bad-2',
    inputs: { params: { 'header:Citrix-CustomerId': 'cust01' }, omitted: [] },
    answer: {
      url: 'https://api-us.cloud.com/cvad/manage/MachineCatalogs',
      statusText: 'Bad Request',
      headers: [
        ['content-type', 'application/json'],
        ['citrix-transactionid', 'tx-bad-2'],
      ],
      contentType: 'application/json',
      sizeBytes: 90,
      error: { code: 'MissingInstanceId', message: 'Citrix-InstanceId header is missing.', by: 'citrix' },
      body: '{"ErrorMessage":"Citrix-InstanceId header is missing.","SdkErrorId":"MissingInstanceId"}',
    },
    ...extra,
  };
}

export const FULL_PATHS: Record<string, string> = { systemlog: '/systemlog', daas: '/cvad/manage' };
export const fullPath = (entry: HistoryEntry) => `${FULL_PATHS[entry.serviceId] ?? ''}${entry.path}`;
