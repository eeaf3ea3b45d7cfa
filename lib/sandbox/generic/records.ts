import { isRecord } from '@/lib/json/is-record';

import { seededUuid } from '../random';
import type { Json } from './operation-index';
import { identityOf, setValueAt, valueAt } from './resources';
import { sampleAnswer } from './sample';

/** The generic core's stored items: seeded from the schemas, and changed by a request's body. */

/**
 * Takes a request's values into a record where they fit what the record already holds: scalars of
 * the same type (or where the record has nothing), arrays of scalars. A request's objects are
 * often shaped differently from the answer's (references in, details out), so they are left as
 * sampled: an answer must stay valid against its schema.
 */
export function overlay(record: Json, body: Json, idKey: string | undefined): void {
  const isScalar = (value: unknown) =>
    value === null || ['string', 'number', 'boolean'].includes(typeof value);
  for (const [name, value] of Object.entries(body)) {
    if (name === idKey || name === '__proto__') continue;
    const current = record[name];
    const fits =
      (isScalar(value) &&
        value !== null &&
        (current === undefined || current === null || typeof current === typeof value)) ||
      (Array.isArray(value) &&
        value.every(isScalar) &&
        (current === undefined || (Array.isArray(current) && current.every(isScalar))));
    if (fits && Object.hasOwn(record, name)) record[name] = value;
    else if (fits && current === undefined) record[name] = value;
  }
}

/** The seeded items tell themselves apart by name too (a document's example names them all alike). */
export function numbered(record: Json, index: number): Json {
  const { nameKey } = identityOf(record, undefined);
  const name = nameKey && valueAt(record, nameKey);
  if (index > 0 && nameKey && typeof name === 'string') setValueAt(record, nameKey, `${name} (${index + 1})`);
  return record;
}

/** A new item: the list's item sample with the detail's fields too, so both views can show it. */
export function seedRecord(
  itemSchema: unknown,
  readSchema: unknown,
  seed: string,
  itemParameter: string | undefined,
  index = 0,
): Json {
  const detail = readSchema ? sampleAnswer(readSchema, seed) : undefined;
  const item = sampleAnswer(itemSchema, seed);
  const record: Json = { ...(isRecord(detail) ? detail : {}), ...(isRecord(item) ? item : {}) };
  const { idKey } = identityOf(record, itemParameter);
  // An id drawn from an enum (DaaS's Databases by DataStore) is one of its values, one per item;
  // numeric ids (WEM's) come from the seed's digits; string ids are stable UUIDs.
  const choices = idKey
    ? (enumOfProperty(itemSchema, idKey) ?? enumOfProperty(readSchema, idKey))
    : undefined;
  if (idKey && choices && choices.length > 0) setValueAt(record, idKey, choices[index % choices.length]);
  else if (idKey)
    setValueAt(
      record,
      idKey,
      typeof valueAt(record, idKey) === 'number'
        ? Number.parseInt(seededUuid(seed).replace(/\D/g, '').slice(0, 6) || '1', 10)
        : seededUuid(seed),
    );
  return record;
}

/** The values a property's enum allows (through Citrix's `allOf: [$ref]` wrapper), `Unknown` last. */
function enumOfProperty(schema: unknown, key: string): unknown[] | undefined {
  if (!isRecord(schema)) return undefined;
  const property = isRecord(schema.properties) ? schema.properties[key] : undefined;
  const wrapped = isRecord(property) && Array.isArray(property.allOf) ? property.allOf : [];
  for (const candidate of [property, ...wrapped]) {
    if (!isRecord(candidate) || !Array.isArray(candidate.enum)) continue;
    const values = candidate.enum.filter((value) => value !== null);
    return [
      ...values.filter((value) => !/^unknown$/i.test(String(value))),
      ...values.filter((value) => /^unknown$/i.test(String(value))),
    ];
  }
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const found = enumOfProperty(member, key);
    if (found) return found;
  }
  return undefined;
}
