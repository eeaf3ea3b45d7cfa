import type { FieldDef } from './entity-sets';
import { enumLabels, enumValue } from './enums';

export type LiteralResult = { ok: true; literal: string } | { ok: false; message: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A date and time as typed (a `datetime-local` input gives no zone): read as UTC unless it says. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:\d{2})?$/;

/** A string literal of OData: single quotes, an inner `'` doubled. */
export function quoteString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** An `Edm.DateTimeOffset` literal: ISO 8601 in UTC, to the second, unquoted (`2025-02-11T07:45:00Z`). */
export function dateTimeOffset(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads a typed date and time; undefined when it is not one. */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, day, time = '00:00', zone = 'Z'] = match;
  const date = new Date(`${day}T${time}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };

/**
 * The OData literal for a value typed into a filter on this field, or a message in the words a
 * person uses when it cannot be one (letters in a number field, a label the enumeration lacks).
 */
export function formatLiteral(field: FieldDef, raw: string): LiteralResult {
  const value = raw.trim();
  if (value === '') return { ok: false, message: `Enter a value for ${field.name}.` };
  if (field.enum) {
    const number = enumValue(field.enum, value);
    return number === undefined
      ? {
          ok: false,
          message: `“${value}” is not a ${field.enum}; pick one of ${enumLabels(field.enum).join(', ')}.`,
        }
      : { ok: true, literal: String(number) };
  }
  switch (field.type) {
    case 'string':
      return { ok: true, literal: quoteString(raw) };
    case 'int': {
      const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(number) || number < INT32.min || number > INT32.max)
        return { ok: false, message: `${field.name} takes a whole number; “${value}” is not one.` };
      return { ok: true, literal: String(number) };
    }
    case 'bool':
      return value === 'true' || value === 'false'
        ? { ok: true, literal: value }
        : { ok: false, message: `${field.name} is true or false.` };
    case 'guid':
      return GUID.test(value)
        ? { ok: true, literal: value.toLowerCase() }
        : {
            ok: false,
            message: `${field.name} takes an ID like 36b48993-5971-450b-a10b-ce3fe59121d5; “${value}” is not one.`,
          };
    case 'date': {
      const date = parseDateTime(value);
      return date
        ? { ok: true, literal: dateTimeOffset(date) }
        : {
            ok: false,
            message: `${field.name} takes a date and time like 2025-02-11T07:45 (UTC); “${value}” is not one.`,
          };
    }
  }
}
