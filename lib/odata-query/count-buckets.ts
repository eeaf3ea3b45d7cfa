import type { FieldDef } from './entity-sets';
import type { ODataRow } from './odata-answer';
import { valueAtPath } from './row-value';

export interface CountBucket {
  /** What the bar is labelled with: `2025-02-11 07:00`, `Active`, `jdoe`. */
  label: string;
  count: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A chart wider than this many bars says nothing more; gaps are not filled beyond it. */
export const MAX_TIME_BUCKETS = 200;
/** Per-value counts show the biggest groups only. */
export const MAX_VALUE_BUCKETS = 20;

function bucketLabel(start: number, bucket: 'hour' | 'day'): string {
  const iso = new Date(start).toISOString();
  return bucket === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Counts of rows per hour or day of a date field (UTC), oldest first, empty hours or days in
 * between included so that the chart's time axis is even. Rows without the date are left out.
 */
export function countOverTime(
  rows: readonly ODataRow[],
  path: string,
  bucket: 'hour' | 'day',
): CountBucket[] {
  const size = bucket === 'day' ? DAY : HOUR;
  const counts = new Map<number, number>();
  for (const row of rows) {
    const value = valueAtPath(row, path);
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(time)) continue;
    const start = Math.floor(time / size) * size;
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const starts = [...counts.keys()].sort((a, b) => a - b);
  const first = starts[0]!;
  const last = starts[starts.length - 1]!;
  const span = (last - first) / size + 1;
  const keys =
    span <= MAX_TIME_BUCKETS ? Array.from({ length: span }, (_, index) => first + index * size) : starts;
  return keys.map((start) => ({ label: bucketLabel(start, bucket), count: counts.get(start) ?? 0 }));
}

/** Counts of rows per value of a field, the biggest first; labels as `describe` prints the value. */
export function countByValue(
  rows: readonly ODataRow[],
  path: string,
  describe: (value: unknown) => string,
): CountBucket[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = describe(valueAtPath(row, path));
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, MAX_VALUE_BUCKETS);
}

/** The counts a grouped query charts: over time for a date field, per value otherwise. */
export function countBuckets(
  rows: readonly ODataRow[],
  groupBy: { path: string; field: FieldDef; bucket: 'hour' | 'day' },
  describe: (value: unknown) => string,
): CountBucket[] {
  return groupBy.field.type === 'date'
    ? countOverTime(rows, groupBy.path, groupBy.bucket)
    : countByValue(rows, groupBy.path, describe);
}
