import type { FieldDef } from './entity-sets';

/** What a filter row may ask; `within` is a date preset ("in the last 24 hours"). */
export const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'contains', 'startswith', 'within'] as const;
export type Operator = (typeof OPERATORS)[number];

export const OPERATOR_LABELS: Readonly<Record<Operator, string>> = {
  eq: 'equals',
  ne: 'is not',
  gt: 'greater than',
  ge: 'at least',
  lt: 'less than',
  le: 'at most',
  contains: 'contains',
  startswith: 'starts with',
  within: 'in the last',
};

/** The operators that make sense for a field, the first being the one a new filter row starts with. */
export function operatorsFor(field: FieldDef): readonly Operator[] {
  if (field.enum || field.type === 'bool' || field.type === 'guid') return ['eq', 'ne'];
  if (field.type === 'string') return ['eq', 'ne', 'contains', 'startswith'];
  if (field.type === 'date') return ['within', 'ge', 'lt', 'gt', 'le'];
  return ['gt', 'ge', 'lt', 'le', 'eq', 'ne'];
}
