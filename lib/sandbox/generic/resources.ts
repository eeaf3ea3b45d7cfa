import { isRecord } from '@/lib/json/is-record';

import { type IndexedOperation, type Json } from './operation-index';

/**
 * Collections and their items, read off the paths alone: `/things` with `/things/{id}` is a
 * collection (GET lists, POST creates) and its items (GET reads, PUT/PATCH change, DELETE removes).
 * Nested ones too: `/catalogs/{id}/machines` with `/catalogs/{id}/machines/{machine}`.
 */

export type ResourceRole = 'list' | 'create' | 'read' | 'update' | 'delete' | 'other';

export interface Resource {
  role: ResourceRole;
  /** The collection's template, e.g. `/catalogs/{id}/machines`. */
  collection?: string;
  /** The item's path parameter, e.g. `machine`. */
  itemParameter?: string;
}

const lastParameter = (template: string) => /\/\{([^{}/]+)\}\/?$/.exec(template)?.[1];
const parentOf = (template: string) => template.replace(/\/\{[^{}/]+\}\/?$/, '') || '/';

/** The role of every operation of a document, keyed by `METHOD template`. */
export function resourceRoles(operations: readonly IndexedOperation[]): Map<string, Resource> {
  const templates = new Map<string, Set<string>>();
  for (const operation of operations) {
    const methods = templates.get(operation.template) ?? new Set<string>();
    methods.add(operation.method);
    templates.set(operation.template, methods);
  }
  // A collection: some template `T/{p}` exists and T itself is listed or created on.
  const itemOf = new Map<string, string>();
  for (const template of templates.keys()) {
    const parameter = lastParameter(template);
    if (!parameter) continue;
    const parent = parentOf(template);
    const parentMethods = templates.get(parent);
    if (parentMethods && (parentMethods.has('GET') || parentMethods.has('POST')) && !itemOf.has(parent))
      itemOf.set(parent, template);
  }
  const roles = new Map<string, Resource>();
  for (const operation of operations) {
    const key = `${operation.method} ${operation.template}`;
    const item = itemOf.get(operation.template);
    if (item) {
      // PUT/PATCH on the collection itself (WEM's style) changes the item the body names.
      const role =
        operation.method === 'GET'
          ? 'list'
          : operation.method === 'POST'
            ? 'create'
            : operation.method === 'PUT' || operation.method === 'PATCH'
              ? 'update'
              : 'other';
      roles.set(key, { role, collection: operation.template, itemParameter: lastParameter(item) });
      continue;
    }
    const parent = parentOf(operation.template);
    if (parent !== operation.template && itemOf.get(parent) === operation.template) {
      const role =
        operation.method === 'GET'
          ? 'read'
          : operation.method === 'PUT' || operation.method === 'PATCH'
            ? 'update'
            : operation.method === 'DELETE'
              ? 'delete'
              : 'other';
      roles.set(key, { role, collection: parent, itemParameter: lastParameter(operation.template) });
      continue;
    }
    roles.set(key, { role: 'other' });
  }
  return roles;
}

const LIST_PROPERTIES = ['Items', 'items', 'value', 'Value', 'data', 'Data', 'results', 'Results'];

/** Where a list answer keeps its items: the schema itself when it is an array, else a property. */
export function listLocation(schema: unknown): { property?: string; itemSchema: unknown } | undefined {
  if (!isRecord(schema)) return undefined;
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')))
    return { itemSchema: schema.items };
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  if (properties) {
    const arrays = Object.entries(properties).filter(
      ([, value]) =>
        isRecord(value) &&
        (value.type === 'array' || (Array.isArray(value.type) && value.type.includes('array'))),
    );
    const named =
      arrays.find(([name]) => LIST_PROPERTIES.includes(name)) ??
      (arrays.length === 1 ? arrays[0] : undefined);
    if (named) return { property: named[0], itemSchema: (named[1] as Json).items };
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[key];
    if (!Array.isArray(parts)) continue;
    for (const part of parts) {
      const found = listLocation(part);
      if (found) return found;
    }
  }
  return undefined;
}

const ID_NAMES = ['Id', 'id', 'ID', 'Uid', 'uid', 'Guid', 'guid', 'Key', 'key', 'Identifier', 'identifier'];
/** Ids that name what an item belongs to, not the item. */
const OWNER_IDS = /^(customer|tenant|site|instance|parent|owner)_?id$/i;
const NAME_NAMES = ['Name', 'name', 'DisplayName', 'displayName', 'Title', 'title'];

export interface Identity {
  /** A property, or `holder.property` where the item is identified by an object it holds. */
  idKey: string | undefined;
  nameKey: string | undefined;
}

/**
 * The property that identifies an item, and the one that names it (DaaS finds items by either).
 * An item with neither of its own is identified by the one object it holds that has them: a DaaS
 * administrator is `{ User: { Guid, Name, … }, ScopesAndRoles, Enabled }`.
 */
export function identityOf(record: Json, itemParameter: string | undefined): Identity {
  const own = ownIdentity(record, itemParameter);
  if (own.idKey !== undefined || own.nameKey !== undefined) return own;
  for (const [holder, value] of Object.entries(record)) {
    if (!isRecord(value)) continue;
    const inner = ownIdentity(value, undefined);
    if (inner.idKey !== undefined || inner.nameKey !== undefined)
      return {
        idKey: inner.idKey && `${holder}.${inner.idKey}`,
        nameKey: inner.nameKey && `${holder}.${inner.nameKey}`,
      };
  }
  return own;
}

function ownIdentity(record: Json, itemParameter: string | undefined): Identity {
  const keys = Object.keys(record);
  const byParameter = itemParameter
    ? keys.find((key) => key.toLowerCase() === itemParameter.toLowerCase())
    : undefined;
  // `…Id` fields: the item's own (`userId`) before the ones naming its owner (`customerId`).
  // A camel-case `Id` ending (`userId`, `machine_id`), not any word ending in "id" (`ucOid`).
  const idLike = keys.filter(
    (key) => /(?:^id|[a-z0-9]Id|_id|ID)$/.test(key) && typeof record[key] === 'string',
  );
  const idKey =
    byParameter ??
    ID_NAMES.find((name) => keys.includes(name)) ??
    idLike.find((key) => !OWNER_IDS.test(key)) ??
    idLike[0];
  const nameKey = NAME_NAMES.find((name) => keys.includes(name) && typeof record[name] === 'string');
  return { idKey, nameKey };
}

/** The value under a key of `identityOf`: a property of the record, or of the object holding it. */
export function valueAt(record: Json, key: string): unknown {
  if (Object.hasOwn(record, key)) return record[key];
  const dot = key.indexOf('.');
  const holder = dot > 0 ? record[key.slice(0, dot)] : undefined;
  return isRecord(holder) ? holder[key.slice(dot + 1)] : undefined;
}

/** Sets the value under a key of `identityOf`. */
export function setValueAt(record: Json, key: string, value: unknown): void {
  const dot = key.indexOf('.');
  const holder = dot > 0 && !Object.hasOwn(record, key) ? record[key.slice(0, dot)] : undefined;
  if (isRecord(holder)) holder[key.slice(dot + 1)] = value;
  else record[key] = value;
}
