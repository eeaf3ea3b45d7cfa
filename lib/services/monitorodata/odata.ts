import { jsonResponse } from '@/lib/sandbox/http';

import { ODataQueryError, parseFilter, propertyType, type EdmType } from './odata-filter';

/** The OData v4 query options the Monitor sandbox understands, over an in-memory entity set. */

export interface EntitySetDefinition {
  name: string;
  typeName: string;
  properties: Record<string, EdmType>;
  /** Navigation properties that `$expand` may name. */
  navigation: readonly string[];
}

/** Server-driven page size: beyond it the answer carries `@odata.nextLink`. */
export const ODATA_PAGE_SIZE = 100;

const SUPPORTED_OPTIONS = new Set(['$filter', '$count', '$top', '$skip', '$expand', '$select', '$orderby']);
const ODATA_HEADERS = {
  'content-type': 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8',
  'odata-version': '4.0',
};

export function odataError(status: number, message: string): Response {
  return jsonResponse(status, { error: { code: '', message, details: [] } }, { 'odata-version': '4.0' });
}

function nonNegativeInteger(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()))
    throw new ODataQueryError(
      `Invalid value '${raw}' for $${name} query option found. The $${name} query option requires a non-negative integer value.`,
    );
  return Number(raw);
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Runs `$filter`, `$orderby`, `$count`, `$skip`, `$top`, `$select` and `$expand` and answers as OData does. */
export function odataCollection(
  url: URL,
  set: EntitySetDefinition,
  entities: readonly Record<string, unknown>[],
): Response {
  const options = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue;
    const name = key.toLowerCase();
    if (!SUPPORTED_OPTIONS.has(name))
      return odataError(400, `The query parameter '${key}' is not supported.`);
    if (options.has(name))
      return odataError(
        400,
        `Query option '${key}' was specified more than once, but it must be specified at most once.`,
      );
    options.set(name, value);
  }
  try {
    let rows = [...entities];
    const filter = options.get('$filter');
    if (filter !== undefined) {
      const predicate = parseFilter(filter, set.properties, set.typeName);
      rows = rows.filter(predicate);
    }
    const orderby = options.get('$orderby');
    if (orderby !== undefined) {
      const keys = splitList(orderby).map((part) => {
        const [name = '', direction = 'asc', ...extra] = part.split(/\s+/);
        if (!propertyType(set.properties, name))
          throw new ODataQueryError(`Could not find a property named '${name}' on type '${set.typeName}'.`);
        if (extra.length > 0 || !['asc', 'desc'].includes(direction))
          throw new ODataQueryError(`Syntax error in $orderby at '${part}'.`);
        return { name, sign: direction === 'desc' ? -1 : 1 };
      });
      rows.sort((a, b) => {
        for (const { name, sign } of keys) {
          const [x, y] = [a[name] as string | number | null, b[name] as string | number | null];
          if (x === y) continue;
          if (x === null || x === undefined) return -sign;
          if (y === null || y === undefined) return sign;
          return (x < y ? -1 : 1) * sign;
        }
        return 0;
      });
    }
    const countRaw = options.get('$count');
    if (countRaw !== undefined && !['true', 'false'].includes(countRaw.toLowerCase()))
      throw new ODataQueryError(`'${countRaw}' is not a valid count option.`);
    const top = nonNegativeInteger(options.get('$top'), 'top');
    const skip = nonNegativeInteger(options.get('$skip'), 'skip') ?? 0;
    const select = options.get('$select') === undefined ? undefined : splitList(options.get('$select')!);
    for (const name of select ?? []) {
      if (name !== '*' && !propertyType(set.properties, name))
        throw new ODataQueryError(`Could not find a property named '${name}' on type '${set.typeName}'.`);
    }
    const expand = options.get('$expand') === undefined ? [] : splitList(options.get('$expand')!);
    for (const name of expand) {
      if (!set.navigation.includes(name))
        throw new ODataQueryError(`Could not find a property named '${name}' on type '${set.typeName}'.`);
    }

    const total = rows.length;
    const wanted = top === undefined ? total - skip : Math.min(top, Math.max(0, total - skip));
    const pageSize = Math.min(Math.max(0, wanted), ODATA_PAGE_SIZE);
    const page = rows.slice(skip, skip + pageSize);
    const projected = page.map((row) => {
      const fields = select && !select.includes('*') ? select : Object.keys(set.properties);
      const out: Record<string, unknown> = {};
      for (const name of fields) out[name] = row[name] ?? null;
      // A collection (ApplicationInstances) defaults to empty; a single entity (User) may be null.
      for (const name of expand) out[name] = row[name] === undefined ? [] : row[name];
      return out;
    });

    const index = url.pathname.toLowerCase().lastIndexOf(`/${set.name.toLowerCase()}`);
    const serviceRoot = `${url.origin}${url.pathname.slice(0, index)}`;
    const selectSuffix =
      select && !select.includes('*')
        ? `(${[...select, ...expand.map((name) => `${name}()`)].join(',')})`
        : expand.length > 0
          ? `(${expand.map((name) => `${name}()`).join(',')})`
          : '';
    const body: Record<string, unknown> = {
      '@odata.context': `${serviceRoot}/$metadata#${set.name}${selectSuffix}`,
    };
    if (countRaw?.toLowerCase() === 'true') body['@odata.count'] = total;
    body.value = projected;
    if (pageSize < wanted) {
      const next = new URLSearchParams();
      for (const [key, value] of url.searchParams) {
        const name = key.toLowerCase();
        if (name !== '$skip' && name !== '$top') next.append(key, value);
      }
      next.set('$skip', String(skip + pageSize));
      if (top !== undefined) next.set('$top', String(top - pageSize));
      body['@odata.nextLink'] = `${serviceRoot}/${set.name}?${next.toString().replace(/%24/g, '$')}`;
    }
    return jsonResponse(200, body, ODATA_HEADERS);
  } catch (error) {
    if (error instanceof ODataQueryError)
      return odataError(400, `The query specified in the URI is not valid. ${error.message}`);
    throw error;
  }
}
