import { describe, expect, it } from 'vitest';

import { countByValue, countOverTime } from './count-buckets';
import { describeValue, valueAtPath } from './row-value';

describe('countOverTime', () => {
  const rows = [
    { StartDate: '2025-02-11T07:45:00Z' },
    { StartDate: '2025-02-11T07:05:00Z' },
    { StartDate: '2025-02-11T10:59:59Z' },
    { StartDate: null },
    { StartDate: 'not a date' },
  ];

  it('counts per hour in UTC, oldest first, empty hours in between included', () => {
    expect(countOverTime(rows, 'StartDate', 'hour')).toEqual([
      { label: '2025-02-11 07:00', count: 2 },
      { label: '2025-02-11 08:00', count: 0 },
      { label: '2025-02-11 09:00', count: 0 },
      { label: '2025-02-11 10:00', count: 1 },
    ]);
  });

  it('counts per day and gives nothing for no dates', () => {
    expect(countOverTime([...rows, { StartDate: '2025-02-09T23:59:00Z' }], 'StartDate', 'day')).toEqual([
      { label: '2025-02-09', count: 1 },
      { label: '2025-02-10', count: 0 },
      { label: '2025-02-11', count: 3 },
    ]);
    expect(countOverTime([{ StartDate: null }], 'StartDate', 'day')).toEqual([]);
  });
});

describe('countByValue', () => {
  it('counts per value of an expanded field, biggest first', () => {
    const rows = [
      { User: { UserName: 'jdoe' } },
      { User: { UserName: 'asmith' } },
      { User: { UserName: 'jdoe' } },
      { User: null },
    ];
    expect(countByValue(rows, 'User/UserName', (value) => describeValue(undefined, value))).toEqual([
      { label: 'jdoe', count: 2 },
      { label: '—', count: 1 },
      { label: 'asmith', count: 1 },
    ]);
  });
});

describe('valueAtPath and describeValue', () => {
  it('reads own properties only and prints enum labels, dates and empties', () => {
    expect(valueAtPath({ User: { UserName: 'x' } }, 'User/UserName')).toBe('x');
    expect(valueAtPath({}, 'constructor')).toBeUndefined();
    expect(describeValue({ name: 'ConnectionState', type: 'int', enum: 'ConnectionState' }, 5)).toBe(
      'Active (5)',
    );
    expect(describeValue({ name: 'ConnectionState', type: 'int', enum: 'ConnectionState' }, 42)).toBe('42');
    expect(describeValue({ name: 'StartDate', type: 'date' }, '2025-02-11T07:45:00Z')).toBe(
      '2025-02-11 07:45 UTC',
    );
    expect(describeValue(undefined, null)).toBe('—');
  });
});
