import { describe, expect, it } from 'vitest';

import { REDACTED_SEGMENT, safeLogPath, safeLogToken } from './log-fields';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lcl9pZCI6InNhbmRib3hkZW1vMDEifQ.c2lnbmF0dXJl';

describe('safeLogPath', () => {
  it('keeps an ordinary path as it is', () => {
    expect(safeLogPath('/cvad/manage/Machines/DOMAIN%5Cmachine01')).toBe(
      '/cvad/manage/Machines/DOMAIN%5Cmachine01',
    );
    expect(safeLogPath('/systemlog/records')).toBe('/systemlog/records');
    expect(safeLogPath(undefined)).toBeUndefined();
  });

  it.each([
    ['a JWT segment', `/administrators/${JWT}`],
    ['a JWT inside a segment', `/Machines/x-${JWT}-y`],
    ['a percent-encoded JWT', `/Machines/${encodeURIComponent(JWT).replace(/\./g, '%2E')}`],
    ['a JWT without a signature', '/Machines/eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'],
    ['a pasted CwsAuth value', `/Machines/${encodeURIComponent(`CwsAuth Bearer=${JWT}`)}`],
  ])('replaces %s', (_label, path) => {
    const logged = safeLogPath(path)!;
    expect(logged).not.toContain('eyJ');
    expect(logged).toContain(REDACTED_SEGMENT);
    expect(logged.split('/').length).toBe(path.split('/').length);
  });

  it('keeps the other segments around a redacted one', () => {
    expect(safeLogPath(`/a/${JWT}/b`)).toBe(`/a/${REDACTED_SEGMENT}/b`);
  });
});

describe('safeLogToken', () => {
  it('passes short plain identifiers only', () => {
    expect(safeLogToken('2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9b')).toBe('2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9b');
    expect(safeLogToken('UPSTREAM_RESET')).toBe('UPSTREAM_RESET');
    expect(safeLogToken('a'.repeat(128))).toBe('a'.repeat(128));
    expect(safeLogToken('a'.repeat(129))).toBeUndefined();
    expect(safeLogToken('')).toBeUndefined();
    expect(safeLogToken('a b')).toBeUndefined();
    expect(safeLogToken('a\n{"event":"x"}')).toBeUndefined();
    expect(safeLogToken(42)).toBeUndefined();
    expect(safeLogToken(undefined)).toBeUndefined();
  });

  it('never passes a JWT-shaped value', () => {
    expect(safeLogToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig')).toBeUndefined();
  });
});
