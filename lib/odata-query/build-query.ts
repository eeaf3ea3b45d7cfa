import { DATE_PRESETS, isDatePreset, presetStart } from './date-presets';
import {
  ENTITY_SET_NAMES,
  ENTITY_SETS,
  findField,
  findFieldPath,
  isEntitySetName,
  type EntitySetDef,
  type FieldDef,
} from './entity-sets';
import { dateTimeOffset, formatLiteral } from './literal';
import { OPERATOR_LABELS, operatorsFor } from './operators';
import { MAX_TOP, queryModelSchema, type FilterRow, type QueryModel } from './query-model';

/** Where a problem is, so the page can show it beside that control: `filters.2`, `top`, … */
export interface QueryProblem {
  where: string;
  message: string;
}

export interface BuiltQuery {
  set: EntitySetDef;
  model: QueryModel;
  /** Relative to the service root: `/Sessions`. */
  path: string;
  /** The query options in a stable order, unencoded. */
  query: [string, string][];
  /** The columns of the result table: the selected fields (every field when none is). */
  columns: FieldDef[];
  /** The grouping of the counts, resolved, when the query has one. */
  groupBy?: { path: string; field: FieldDef; bucket: 'hour' | 'day' };
}

export type BuildResult = { ok: true; query: BuiltQuery } | { ok: false; problems: QueryProblem[] };

function filterExpression(
  set: EntitySetDef,
  row: FilterRow,
  now: Date,
): { ok: true; text: string } | { ok: false; message: string } {
  const field = findField(set, row.field);
  if (!field) return { ok: false, message: `${set.name} has no field “${row.field}”.` };
  if (!operatorsFor(field).includes(row.operator))
    return {
      ok: false,
      message: `${field.name} cannot be compared with “${OPERATOR_LABELS[row.operator]}”.`,
    };
  if (row.operator === 'within') {
    if (!isDatePreset(row.value))
      return {
        ok: false,
        message: `Pick how far back: ${Object.values(DATE_PRESETS)
          .map((preset) => preset.label)
          .join(' or ')}.`,
      };
    return { ok: true, text: `${field.name} ge ${dateTimeOffset(presetStart(row.value, now))}` };
  }
  const literal = formatLiteral(field, row.value);
  if (!literal.ok) return literal;
  if (row.operator === 'contains' || row.operator === 'startswith')
    return { ok: true, text: `${row.operator}(${field.name},${literal.literal})` };
  return { ok: true, text: `${field.name} ${row.operator} ${literal.literal}` };
}

/**
 * The Monitor OData request for a query model: path and query options, every value typed as
 * OData wants it (strings quoted, dates as DateTimeOffset literals, enum labels as integers).
 * Refuses fields, expansions and values the entity set does not have, each with a message
 * that says where. `now` anchors the date presets.
 */
export function buildODataQuery(input: unknown, now: Date): BuildResult {
  const parsed = queryModelSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: [{ where: 'query', message: 'The query is not in the shape the builder expects.' }],
    };
  const model = parsed.data;
  if (!isEntitySetName(model.entitySet))
    return {
      ok: false,
      problems: [
        {
          where: 'entitySet',
          message: `“${model.entitySet}” is not an entity set of the Monitor service (${ENTITY_SET_NAMES.join(', ')}).`,
        },
      ],
    };
  const set = ENTITY_SETS[model.entitySet];
  const problems: QueryProblem[] = [];

  const select = [...new Set(model.select)];
  for (const name of select)
    if (!findField(set, name))
      problems.push({ where: 'select', message: `${set.name} has no field “${name}”.` });

  const expand = [...new Set(model.expand)];
  for (const name of expand)
    if (!set.expand.some((candidate) => candidate.name === name))
      problems.push({
        where: 'expand',
        message:
          set.expand.length === 0
            ? `${set.name} has nothing to expand; “${name}” is not a relation of it.`
            : `${set.name} cannot expand “${name}”; it can expand ${set.expand.map((e) => e.name).join(', ')}.`,
      });

  const filters: string[] = [];
  model.filters.forEach((row, index) => {
    const built = filterExpression(set, row, now);
    if (built.ok) filters.push(built.text);
    else problems.push({ where: `filters.${index}`, message: built.message });
  });

  const raw = model.rawFilter.trim();
  if (raw !== '') filters.push(filters.length > 0 ? `(${raw})` : raw);

  if (model.orderBy && !findField(set, model.orderBy.field))
    problems.push({
      where: 'orderBy',
      message: `${set.name} has no field “${model.orderBy.field}” to sort by.`,
    });

  const top = model.top.trim();
  if (top !== '' && (!/^\d+$/.test(top) || Number(top) < 1 || Number(top) > MAX_TOP))
    problems.push({
      where: 'top',
      message: `Top takes a whole number from 1 to ${MAX_TOP}; “${top}” is not one.`,
    });

  let groupBy: BuiltQuery['groupBy'];
  if (model.groupBy) {
    const found = findFieldPath(set, model.groupBy.field);
    if (!found)
      problems.push({
        where: 'groupBy',
        message: `${set.name} has no field “${model.groupBy.field}” to count by.`,
      });
    else {
      groupBy = { path: model.groupBy.field, field: found.field, bucket: model.groupBy.bucket };
      // Counting needs the field in each row: it is fetched even when not shown.
      if (found.expand) {
        if (!expand.includes(found.expand)) expand.push(found.expand);
      } else if (select.length > 0 && !select.includes(found.field.name)) select.push(found.field.name);
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  const query: [string, string][] = [];
  if (filters.length > 0)
    // Each part is one comparison or function call, so `and` needs no parentheses.
    query.push(['$filter', filters.join(' and ')]);
  if (select.length > 0) query.push(['$select', select.join(',')]);
  if (expand.length > 0) query.push(['$expand', expand.join(',')]);
  if (model.orderBy) query.push(['$orderby', `${model.orderBy.field} ${model.orderBy.direction}`]);
  if (top !== '') query.push(['$top', String(Number(top))]);
  if (model.count) query.push(['$count', 'true']);

  const columns = select.length > 0 ? select.map((name) => findField(set, name)!) : [...set.fields];
  return {
    ok: true,
    query: {
      set,
      model: { ...model, select, expand },
      path: `/${set.name}`,
      query,
      columns,
      ...(groupBy ? { groupBy } : {}),
    },
  };
}
