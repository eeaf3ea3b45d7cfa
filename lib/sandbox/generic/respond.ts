import { isRecord } from '@/lib/json/is-record';
import { conformanceChecker, type ConformanceChecker } from '@/lib/openapi/conformance';

import type { SandboxContext } from '../handler';
import { jsonResponse } from '../http';
import { conformAnswer } from './conform-answer';
import type { GenericState, ServedDocument } from './documents';
import { serviceError } from './errors';
import { identityFromBody, moveNested, renamedTo } from './naming';
import { type Json, type OperationMatch } from './operation-index';
import { numbered, overlay, seedRecord } from './records';
import { identityOf, listLocation, setValueAt, valueAt, type Resource } from './resources';
import { sampleAnswer } from './sample';

/**
 * The schema-driven answer to any operation of a served document: the status the document
 * declares, a body valid against its schema, and state where the paths describe a collection
 * (POST creates what the list and the item then show, PUT/PATCH change it, DELETE removes it and
 * the item then answers 404). State lives in the customer's sandbox data, so it is per customer,
 * shared across instances with REDIS_URL, and dropped by "Reset sandbox data".
 */

/** Items per collection a customer starts with, and the most a collection may hold. */
export const SEEDED_ITEMS = 2;
export const MAX_ITEMS = 200;

const JSON_TYPES = ['application/json', 'text/json', 'application/problem+json'];

function mediaSchema(content: unknown): unknown {
  if (!isRecord(content)) return undefined;
  for (const type of JSON_TYPES) {
    const media = content[type];
    if (isRecord(media)) return media.schema;
  }
  const first = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
  return isRecord(first) ? first.schema : undefined;
}

const PREFERRED: Record<Resource['role'], number[]> = {
  create: [201, 200, 204, 202],
  delete: [204, 200, 202],
  list: [200, 206, 203, 202],
  read: [200, 203, 202],
  update: [200, 204, 201, 202],
  other: [200, 201, 204, 202],
};

/** The success status the operation declares (preferring the usual one for its role), and its schema. */
export function successOf(operation: Json, role: Resource['role']): { status: number; schema: unknown } {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const declared = Object.keys(responses)
    .filter((status) => /^2\d\d$/.test(status))
    .map(Number);
  // An operation that declares no success at all (only errors) answers its first declared status.
  const fallback = Object.keys(responses).find((status) => /^\d{3}$/.test(status));
  const status =
    PREFERRED[role].find((candidate) => declared.includes(candidate)) ??
    declared.sort()[0] ??
    (fallback ? Number(fallback) : 200);
  const response = responses[String(status)];
  return { status, schema: isRecord(response) ? mediaSchema(response.content) : undefined };
}

const checkers = new WeakMap<ServedDocument, ConformanceChecker>();
const answerCheckers = new WeakMap<ServedDocument, ConformanceChecker>();

/**
 * The answer's body, valid against the operation's schema (see conform-answer.ts). Checked
 * against the document's own schema (with its `$ref`s): the dereferenced one may be circular.
 */
function conformingBody(
  served: ServedDocument,
  match: OperationMatch,
  status: number,
  schema: unknown,
  body: unknown,
  seed: string,
): unknown {
  const pathItem = (served.document.paths as Json | undefined)?.[match.operation.template];
  const operation = isRecord(pathItem) ? pathItem[match.operation.method.toLowerCase()] : undefined;
  const responses = isRecord(operation) && isRecord(operation.responses) ? operation.responses : {};
  const response = responses[String(status)];
  const declared = isRecord(response) ? mediaSchema(response.content) : undefined;
  if (!isRecord(declared)) return body;
  let checker = answerCheckers.get(served);
  if (!checker) {
    checker = conformanceChecker(served.document, { direction: 'response' });
    answerCheckers.set(served, checker);
  }
  try {
    return conformAnswer(body, declared, checker, () => sampleAnswer(schema, seed));
  } catch {
    // A schema Ajv cannot compile: the answer stays as built.
    return body;
  }
}

/** Why the body does not fit the operation's request schema, or undefined when it does. */
function requestProblem(served: ServedDocument, match: OperationMatch, body: unknown): string | undefined {
  const pathItem = (served.document.paths as Json | undefined)?.[match.operation.template];
  const operation = isRecord(pathItem) ? pathItem[match.operation.method.toLowerCase()] : undefined;
  const requestBody = isRecord(operation) ? operation.requestBody : undefined;
  if (!isRecord(requestBody)) return undefined;
  if (body === undefined) return requestBody.required === true ? 'The request needs a JSON body.' : undefined;
  const schema = mediaSchema(requestBody.content);
  if (!isRecord(schema)) return undefined;
  try {
    let checker = checkers.get(served);
    if (!checker) {
      checker = conformanceChecker(served.document, { strict: false, direction: 'request' });
      checkers.set(served, checker);
    }
    return checker.check(schema, body);
  } catch {
    // A schema Ajv cannot compile (a reference that leads nowhere, nesting too deep to walk): the
    // body cannot be judged, so it is taken, as a lenient service would.
    return undefined;
  }
}

function itemsOf(
  state: GenericState,
  served: ServedDocument,
  collectionKey: string,
  seedItems: () => Json[],
): Json[] {
  const document = (state[served.id.slice(0, 16)] ??= {});
  return (document[collectionKey] ??= seedItems());
}

/** The collection a request addresses, with its parent parameters filled in: `/catalogs/c1/machines`. */
function collectionKey(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^{}/]+)\}/g, (_, name: string) => (params[name] ?? '').toLowerCase());
}

/** A stored record shown as a schema's value: the schema's sample with the record's declared fields. */
function project(record: Json, schema: unknown, seed: string): unknown {
  const sampled = sampleAnswer(schema, seed);
  if (!isRecord(sampled)) return sampled;
  for (const key of Object.keys(sampled)) if (Object.hasOwn(record, key)) sampled[key] = record[key];
  return sampled;
}

function findItem(items: Json[], wanted: string, itemParameter: string | undefined): number {
  const lower = wanted.toLowerCase();
  return items.findIndex((item) => {
    const { idKey, nameKey } = identityOf(item, itemParameter);
    return (
      (idKey !== undefined && String(valueAt(item, idKey)).toLowerCase() === lower) ||
      (nameKey !== undefined && String(valueAt(item, nameKey)).toLowerCase() === lower)
    );
  });
}

function answerWith(served: ServedDocument, match: OperationMatch, seed: string) {
  return (status: number, schema: unknown, body: unknown): Response => {
    if (status === 204 || schema === undefined) return new Response(null, { status });
    return jsonResponse(status, conformingBody(served, match, status, schema, body, seed));
  };
}

export interface GenericCall {
  served: ServedDocument;
  match: OperationMatch;
  context: SandboxContext;
  state: GenericState;
}

export function respondGeneric({ served, match, context, state }: GenericCall): Response {
  const { operation } = match;
  const role = served.roles.get(`${operation.method} ${operation.template}`) ?? { role: 'other' as const };
  const problem = requestProblem(served, match, context.body);
  if (problem)
    return serviceError(
      served.errors,
      400,
      'InvalidRequestBody',
      `The request body is not valid: ${problem}`,
      context.url.pathname,
    );
  const success = successOf(operation.operation, role.role);
  const seed = `${served.id.slice(0, 16)}${operation.template}`;
  const answer = answerWith(served, match, seed);
  if (!role.collection) return answer(success.status, success.schema, sampleAnswer(success.schema, seed));

  const listOperation = served.operations.find(
    (candidate) => candidate.method === 'GET' && candidate.template === role.collection,
  );
  const listSchema = listOperation ? successOf(listOperation.operation, 'list').schema : undefined;
  const location = listLocation(listSchema);
  const readOperation = served.operations.find(
    (candidate) =>
      candidate.method === 'GET' &&
      candidate.template.startsWith(`${role.collection}/{`) &&
      served.roles.get(`GET ${candidate.template}`)?.role === 'read',
  );
  const readSchema = readOperation ? successOf(readOperation.operation, 'read').schema : undefined;
  // A "list" whose answer holds no array is no collection: answered without state.
  if (!location && listOperation)
    return answer(success.status, success.schema, sampleAnswer(success.schema, seed));
  const itemSchema = location?.itemSchema ?? readSchema ?? success.schema;
  const baseKey = collectionKey(role.collection, match.params);
  const seedItems = (key: string, scope: Record<string, string>) => () =>
    Array.from({ length: SEEDED_ITEMS }, (_, index) => {
      const record = seedRecord(
        itemSchema,
        readSchema,
        `${seed}/${key}/${index + 1}`,
        role.itemParameter,
        index,
      );
      // Items listed under a scope (`?policySetGuid=`) belong to it.
      for (const [name, value] of Object.entries(scope)) record[name] = value;
      return numbered(record, index);
    });
  const scopeNames = listOperation ? scopeParameters(listOperation.operation, itemSchema, seed) : [];
  let key = baseKey;
  let items: Json[];
  if (role.role === 'list' || role.role === 'create') {
    const scope = scopeValues(scopeNames, context.url, role.role === 'create' ? context.body : undefined);
    key = `${baseKey}${scopeSuffix(scope)}`;
    items = itemsOf(state, served, key, seedItems(key, scope));
  } else {
    // An item is found in whichever scope holds it.
    const wanted = wantedItem(role, match, context.body, []);
    items =
      bucketHolding(state, served, baseKey, wanted, role.itemParameter) ??
      itemsOf(state, served, baseKey, seedItems(baseKey, {}));
  }

  switch (role.role) {
    case 'list': {
      const filtered = filterByQuery(items, operation.operation, context.url);
      // A list of strings (Workspace's identity provider types) lists the items' ids: what
      // `GET …/{idpType}` then reads.
      const shown = isStringSchema(itemSchema)
        ? filtered.map((record) =>
            String(valueAt(record, identityOf(record, role.itemParameter).idKey ?? '') ?? ''),
          )
        : filtered.map((record, index) => project(record, itemSchema, `${seed}/${index}`));
      if (!location) return answer(success.status, success.schema, shown);
      if (!location.property) return answer(success.status, success.schema, shown);
      const page = sampleAnswer(listSchema, seed);
      const body = isRecord(page) ? page : {};
      body[location.property] = shown;
      for (const countKey of [
        'TotalItems',
        'totalItems',
        'TotalCount',
        'totalCount',
        'Count',
        'count',
        'total',
        'Total',
      ])
        if (typeof body[countKey] === 'number') body[countKey] = shown.length;
      for (const tokenKey of ['ContinuationToken', 'continuationToken', 'nextLink', '@odata.nextLink'])
        if (tokenKey in body) body[tokenKey] = null;
      return answer(success.status, success.schema, body);
    }
    case 'create': {
      if (items.length >= MAX_ITEMS)
        return serviceError(
          served.errors,
          409,
          'TooManyItems',
          `The sandbox keeps at most ${MAX_ITEMS} items here; delete some first.`,
        );
      const record = seedRecord(
        itemSchema,
        readSchema,
        `${seed}/${key}/${Date.now()}/${items.length}`,
        role.itemParameter,
      );
      const { idKey } = identityOf(record, role.itemParameter);
      const chosen = isRecord(context.body)
        ? identityFromBody(record, context.body, idKey, role.itemParameter)
        : undefined;
      if (isRecord(context.body)) overlay(record, context.body, undefined);
      if (idKey && chosen !== undefined) {
        // The client chose what the item is called by: a name in use is a conflict, as in a rename.
        if (findItem(items, chosen, role.itemParameter) >= 0)
          return nameInUse(served, operation.operation, chosen, context.url.pathname);
        setValueAt(record, idKey, chosen);
      } else if (
        idKey &&
        (valueAt(record, idKey) == null ||
          findItem(items, String(valueAt(record, idKey)), role.itemParameter) >= 0)
      )
        setValueAt(
          record,
          idKey,
          typeof valueAt(record, idKey) === 'number'
            ? Math.max(0, ...items.map((item) => Number(valueAt(item, idKey)) || 0)) + 1
            : crypto.randomUUID(),
        );
      items.push(record);
      return answer(success.status, success.schema, project(record, success.schema, seed));
    }
    case 'read':
    case 'update':
    case 'delete': {
      const wanted = wantedItem(role, match, context.body, items);
      // Items with nothing to identify them (the document gives them no schema) cannot be told
      // apart: the call is answered as for an item that exists, without state.
      if (!items.some((item) => identityOf(item, role.itemParameter).idKey))
        return answer(success.status, success.schema, sampleAnswer(success.schema, seed));
      const index = findItem(items, wanted, role.itemParameter);
      if (index < 0)
        return serviceError(
          served.errors,
          404,
          'NotFound',
          `Not found: ${wanted.slice(0, 200)}`,
          context.url.pathname,
        );
      const record = items[index]!;
      if (role.role === 'delete') {
        items.splice(index, 1);
        return answer(success.status, success.schema, project(record, success.schema, seed));
      }
      if (role.role === 'update' && isRecord(context.body)) {
        const { idKey } = identityOf(record, role.itemParameter);
        const newName = renamedTo(record, context.body, idKey, role.itemParameter);
        if (newName !== undefined) {
          const other = findItem(items, newName, role.itemParameter);
          if (other >= 0 && other !== index)
            return nameInUse(served, operation.operation, newName, context.url.pathname);
          moveNested(state, served, baseKey, String(valueAt(record, idKey!)), newName);
        }
        overlay(record, context.body, newName === undefined ? idKey : undefined);
      }
      return answer(success.status, success.schema, project(record, success.schema, seed));
    }
    default:
      return answer(success.status, success.schema, sampleAnswer(success.schema, seed));
  }
}

/** A name another item has: 409 where the operation declares it, else a bad request. */
function nameInUse(served: ServedDocument, operation: Json, name: string, path: string): Response {
  return serviceError(
    served.errors,
    declares(operation, 409) ? 409 : 400,
    'NameInUse',
    `An item named ${name.slice(0, 200)} already exists.`,
    path,
  );
}

function declares(operation: Json, status: number): boolean {
  return isRecord(operation.responses) && String(status) in operation.responses;
}

/** The item a call addresses: its path parameter, or (PUT on the collection) the id in the body. */
function wantedItem(role: Resource, match: OperationMatch, body: unknown, items: Json[]): string {
  const fromPath = role.itemParameter ? match.params[role.itemParameter] : undefined;
  if (fromPath !== undefined && match.operation.template !== role.collection) return fromPath;
  if (!isRecord(body) || items.length === 0) return '';
  const { idKey } = identityOf(items[0]!, role.itemParameter);
  return idKey && valueAt(body, idKey) != null ? String(valueAt(body, idKey)) : '';
}

/**
 * A list's declared query parameters that name a property of its items filter them by equality
 * (WEM's `siteId`, DaaS's `sessionSupport`…), so a filter is never silently ignored.
 */
function filterByQuery(items: Json[], operation: Json, url: URL): Json[] {
  const declared = (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter((parameter): parameter is Json => isRecord(parameter) && parameter.in === 'query')
    .map((parameter) => String(parameter.name));
  let shown = items;
  for (const name of declared) {
    const wanted = url.searchParams.get(name);
    if (wanted === null || wanted === '') continue;
    shown = shown.filter((item) => {
      const key = Object.keys(item).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      if (key === undefined) return true;
      const value = item[key];
      return (
        value === null || typeof value === 'object' || String(value).toLowerCase() === wanted.toLowerCase()
      );
    });
  }
  return shown;
}

/**
 * A list's required query parameters that name a property of its items (DaaS's GPO policies of
 * `?policySetGuid=`): the collection is scoped by them, as a parent path parameter would scope it.
 */
function scopeParameters(operation: Json, itemSchema: unknown, seed: string): string[] {
  const required = (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter(
      (parameter): parameter is Json =>
        isRecord(parameter) && parameter.in === 'query' && parameter.required === true,
    )
    .map((parameter) => String(parameter.name));
  if (required.length === 0) return [];
  const probe = sampleAnswer(itemSchema, seed);
  const keys = isRecord(probe) ? Object.keys(probe) : [];
  return required.flatMap((name) => keys.filter((key) => key.toLowerCase() === name.toLowerCase()));
}

/** The scope's values: from the query, or (a create) from the body's fields of the same names. */
function scopeValues(names: readonly string[], url: URL, body: unknown): Record<string, string> {
  const scope: Record<string, string> = {};
  for (const name of names) {
    const fromQuery = [...url.searchParams].find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    const fromBody = isRecord(body) ? body[name] : undefined;
    const value =
      fromQuery ??
      (typeof fromBody === 'string' || typeof fromBody === 'number' ? String(fromBody) : undefined);
    if (value !== undefined && value !== '') scope[name] = value;
  }
  return scope;
}

function scopeSuffix(scope: Record<string, string>): string {
  const pairs = Object.entries(scope).map(([name, value]) => `${name.toLowerCase()}=${value.toLowerCase()}`);
  return pairs.length ? `?${pairs.sort().join('&')}` : '';
}

/** The items of the scope (of the collection at `baseKey`) that holds the wanted item, if any does. */
function bucketHolding(
  state: GenericState,
  served: ServedDocument,
  baseKey: string,
  wanted: string,
  itemParameter: string | undefined,
): Json[] | undefined {
  const document = state[served.id.slice(0, 16)];
  if (!document || wanted === '') return undefined;
  for (const [key, items] of Object.entries(document))
    if ((key === baseKey || key.startsWith(`${baseKey}?`)) && findItem(items, wanted, itemParameter) >= 0)
      return items;
  return undefined;
}

function isStringSchema(schema: unknown): boolean {
  return (
    isRecord(schema) &&
    (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string')))
  );
}
