import { describe, expect, it } from 'vitest';

import { readAnswer } from './answer';
import { parseHistory, serializeHistory, type HistoryEntry } from './store';

const entry: HistoryEntry = {
  id: 'a1',
  at: 1_700_000_000_000,
  profileId: 'default',
  profileName: 'Demo',
  serviceId: 'daas',
  operationId: 'MachineCatalogs_CreateMachineCatalog',
  method: 'POST',
  path: '/MachineCatalogs?async=true',
  region: 'sandbox',
  status: 202,
  inputs: { params: {}, omitted: [] },
  answer: {
    url: 'http://127.0.0.1/sandbox/cvad/manage/MachineCatalogs',
    statusText: 'Accepted',
    headers: [['Location', 'http://127.0.0.1/sandbox/cvad/manage/Jobs/j-1']],
    jobId: 'j-1',
    error: { code: 'X', message: 'bad', by: 'citrix' },
    body: '{"ErrorMessage":"bad"}',
  },
};

describe('the answer a history entry keeps', () => {
  it('survives a write and a read of the history', () => {
    expect(parseHistory(serializeHistory([entry]))).toEqual([entry]);
  });

  it('is dropped, not the entry, when it is malformed', () => {
    const broken = { ...entry, answer: { headers: 'Location: x' } };
    const [read] = parseHistory(JSON.stringify([broken]));
    expect(read?.id).toBe('a1');
    expect(read?.answer).toBeUndefined();
  });

  it.each([
    ['an error of an unknown origin', { headers: [], error: { message: 'm', by: 'someone' } }],
    ['an over-long body', { headers: [], body: 'x'.repeat(9000) }],
    ['a header that is not a pair', { headers: [['a']] }],
    ['a job id that is not text', { headers: [], jobId: 42 }],
  ])('refuses %s', (_name, value) => {
    expect(readAnswer(value)).toBeUndefined();
  });

  it('keeps only the known fields', () => {
    expect(readAnswer({ headers: [], extra: 'x', jobId: 'j' })).toEqual({ headers: [], jobId: 'j' });
  });
});
