import { isRecord } from '@/lib/json/is-record';
import { sampleSchemaValue, TRUNCATED_MARKER } from '@/lib/openapi/schema-example';

import { seededUuid } from '../random';

/**
 * An answer's value for a (dereferenced) schema: the explorer's one example sampler, reading the
 * schema as a service answers it (write-only properties left out), then made to look like data:
 * placeholder strings become `<Property> <n>`, placeholder UUIDs become stable ones derived from
 * `seed`. The same schema and seed always give the same value.
 */
export function sampleAnswer(schema: unknown, seed: string): unknown {
  const { value } = sampleSchemaValue(schema, { direction: 'response', examples: 'checked' });
  return personalise(value, seed, '', { count: 0 });
}

const PLACEHOLDER_UUID = '00000000-0000-0000-0000-000000000000';

function personalise(value: unknown, seed: string, key: string, counter: { count: number }): unknown {
  if (value === TRUNCATED_MARKER) return null;
  if (value === 'string') return key ? `${key} ${seed.replace(/[^A-Za-z0-9]/g, '').slice(-2)}` : 'value';
  if (value === PLACEHOLDER_UUID) return seededUuid(`${seed}/${key}/${(counter.count += 1)}`);
  if (Array.isArray(value)) return value.map((item) => personalise(item, seed, key, counter));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      if (name === '…') continue;
      Object.defineProperty(out, name, {
        value: personalise(item, seed, name, counter),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
