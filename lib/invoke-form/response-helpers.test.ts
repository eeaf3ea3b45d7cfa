import { describe, expect, it } from 'vitest';

import { parseDaasSites } from './daas-sites';
import { downloadName, formatBytes, formatDuration } from './format';
import { statusClass, statusLine } from './status-meaning';

describe('statusLine', () => {
  it('explains a 401 in Citrix terms', () => {
    expect(statusLine(401, '')).toEqual({
      label: '401 Unauthorized',
      meaning: 'the token is missing, expired or was rejected',
    });
  });
  it('keeps the upstream reason phrase and says redirects are not followed', () => {
    expect(statusLine(302, 'Found')).toEqual({
      label: '302 Found',
      meaning: 'a redirect; the explorer shows it and does not follow it',
    });
  });
  it('has no meaning to add for a plain 200', () => {
    expect(statusLine(200, 'OK')).toEqual({ label: '200 OK' });
    expect(statusLine(299, '')).toEqual({ label: '299' });
  });
  it('classifies', () => {
    expect([200, 302, 404, 503, 100].map(statusClass)).toEqual([
      'success',
      'redirect',
      'client-error',
      'server-error',
      'other',
    ]);
  });
});

describe('format', () => {
  it('formats sizes and durations', () => {
    expect([0, 1023, 1024, 1536, 20 * 1024, 5 * 1024 * 1024].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KB',
      '1.5 KB',
      '20 KB',
      '5.0 MB',
    ]);
    expect([12.4, 999, 1250].map(formatDuration)).toEqual(['12 ms', '999 ms', '1.25 s']);
  });
  it('names downloads by operation, status and type', () => {
    expect(downloadName('GetRecords', 200, 'application/json; charset=utf-8')).toBe('GetRecords-200.json');
    expect(downloadName('a/b', 200, 'image/png')).toBe('a_b-200.bin');
  });
});

describe('parseDaasSites', () => {
  const me = {
    Customers: [
      { Id: 'other', Sites: [{ Id: 's0', Name: 'Other site' }] },
      { Id: 'acme', Sites: [{ Id: 's1', Name: 'Main' }, { Id: 's2', Name: null }, { Name: 'no id' }] },
    ],
  };
  it('lists the session customer’s sites, named or by id', () => {
    expect(parseDaasSites(me, 'acme')).toEqual([
      { id: 's1', name: 'Main', customerId: 'acme' },
      { id: 's2', name: 's2', customerId: 'acme' },
    ]);
  });
  it('falls back to every site, and to none for other shapes', () => {
    expect(parseDaasSites(me, 'nobody')).toHaveLength(3);
    expect(parseDaasSites({ error: 'x' })).toEqual([]);
  });
});
