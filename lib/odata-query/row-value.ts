import type { FieldDef } from './entity-sets';
import { enumLabel } from './enums';

/** A value of a row by field path: `LogOnDuration`, or `User/UserName` of an expanded user. */
export function valueAtPath(row: Record<string, unknown>, path: string): unknown {
  let current: unknown = row;
  for (const part of path.split('/')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** How a table cell shows a field's value: enum labels with their number, dates in UTC, empty as —. */
export function describeValue(field: FieldDef | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field?.enum) {
    const label = enumLabel(field.enum, value);
    return label ? `${label} (${String(value)})` : String(value);
  }
  if (field?.type === 'date' && typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time)
      ? value
      : new Date(time)
          .toISOString()
          .replace('T', ' ')
          .replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
