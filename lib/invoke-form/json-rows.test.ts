import { describe, expect, it } from 'vitest';

import { jsonRows, searchJson } from './json-rows';

const allOpen = { isOpen: () => true, limitOf: () => 100, maxRows: 10_000 };

describe('jsonRows', () => {
  it('lists an open tree in document order with opening and closing rows', () => {
    const { rows } = jsonRows({ a: 1, b: [true, null], c: {} }, allOpen);
    expect(rows.map((row) => `${row.kind}:${row.path}`)).toEqual([
      'open:',
      'leaf:/a',
      'open:/b',
      'leaf:/b/0',
      'leaf:/b/1',
      'close:/b',
      'leaf:/c',
      'close:',
    ]);
  });

  it('builds nothing below a closed container and pages long arrays', () => {
    const value = { Items: Array.from({ length: 5000 }, (_, index) => index) };
    const closed = jsonRows(value, { ...allOpen, isOpen: (path) => path === '' });
    expect(closed.rows).toHaveLength(3);
    const paged = jsonRows(value, allOpen);
    expect(paged.rows.filter((row) => row.kind === 'leaf')).toHaveLength(100);
    expect(paged.rows.find((row) => row.kind === 'more')).toMatchObject({ shown: 100, total: 5000 });
  });

  it('handles a body nested 50 000 levels deep without overflowing the stack, capped in rows', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 50_000; level++) deep = { next: deep };
    const { rows, truncated } = jsonRows(deep, { ...allOpen, maxRows: 2000 });
    expect(rows).toHaveLength(2000);
    expect(truncated).toBe(true);
    const all = jsonRows(deep, { ...allOpen, maxRows: Infinity });
    expect(all.rows).toHaveLength(100_001);
  });
});

describe('searchJson', () => {
  it('finds keys and values, case-insensitively, and the containers to open for them', () => {
    const value = { Items: Array.from({ length: 300 }, (_, index) => ({ Name: `machine-${index}` })) };
    const result = searchJson(value, 'MACHINE-250');
    expect([...result.matches]).toEqual(['/Items/250/Name']);
    expect(result.reveal.get('')).toBe(1);
    expect(result.reveal.get('/Items')).toBe(251);
    expect(result.reveal.get('/Items/250')).toBe(1);
    expect(searchJson(value, 'name').matches.size).toBe(200);
    expect(searchJson(value, 'name').capped).toBe(true);
  });

  it('searches a deeply nested body without recursion', () => {
    let deep: unknown = 'needle';
    for (let level = 0; level < 50_000; level++) deep = [deep];
    expect(searchJson(deep, 'needle').matches.size).toBe(1);
  });
});
