import { isRecord } from '@/lib/json/is-record';

import { ENTITY_SETS, type EntitySetDef } from './entity-sets';

export interface ExpandedColumn {
  /** The navigation property: `User`, `Machine`, `ApplicationInstances`. */
  name: string;
  /** How its cell reads: the related entity's title field, or how many there are. */
  describe: (value: unknown) => string;
}

/** One table column per expanded relation, after the selected fields. */
export function expandedColumns(set: EntitySetDef, expand: readonly string[]): ExpandedColumn[] {
  return expand.flatMap((name) => {
    const relation = set.expand.find((candidate) => candidate.name === name);
    if (!relation) return [];
    const titleField = relation.target && ENTITY_SETS[relation.target].titleField;
    return [
      {
        name,
        describe: (value: unknown) => {
          if (Array.isArray(value)) return value.length === 1 ? '1 item' : `${value.length} items`;
          if (isRecord(value) && titleField && value[titleField] != null) return String(value[titleField]);
          return '—';
        },
      },
    ];
  });
}
