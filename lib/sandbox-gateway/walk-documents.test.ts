import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { mintSessionAuth } from '@/lib/auth/authenticate';
import { resetEnvForTests } from '@/lib/config/env';
import { HTTP_METHODS } from '@/lib/http/methods';
import { toImportedInvokeRequest } from '@/lib/import/invoke-request';
import { operationDetail } from '@/lib/import/operation-detail';
import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import { toFormSpec } from '@/lib/invoke-form/form-spec';
import { initialValues } from '@/lib/invoke-form/initial-values';
import { isRecord } from '@/lib/json/is-record';
import { conformanceChecker } from '@/lib/openapi/conformance';
import { checkAndIndex, normalise } from '@/lib/openapi/pipeline';
import { sampleSchemaValue } from '@/lib/openapi/schema-example';
import { targetForRegion } from '@/lib/openapi/servers';
import { invokeOperation } from '@/lib/proxy/invoke';
import { forgetServedDocuments, registerDocument } from '@/lib/sandbox/generic/documents';
import { indexOperations, type Json } from '@/lib/sandbox/generic/operation-index';
import {
  identityOf,
  listLocation,
  resourceRoles,
  valueAt,
  type ResourceRole,
} from '@/lib/sandbox/generic/resources';
import { invokeRequestSchema, type InvokeResult } from '@/lib/schemas/invoke';
import { resetSandboxData } from '@/lib/services/sandbox-state';
import type { SessionAuth } from '@/lib/session/session-data';
import { CITRIX_SPECS_ABSENT, CITRIX_SPECS_DIR, CITRIX_SPECS_PRESENT } from '@/lib/testing/citrix-specs';

/**
 * Every operation of every document, sent as the browser sends it (the request form's values,
 * the imported-document request, the proxy) to the sandbox, which serves the document after it was
 * registered as the browser registers it. Each answer must carry a status the operation declares
 * and a body valid against the document's response schema for it (conformance.ts's reading:
 * null allowed where the document is silent, no undeclared property). Item operations use an item
 * the collection's list returned, so they address something that exists.
 */

const APP = 'https://app.test';
const CUSTOMER = 'sandboxdemo01';
const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');
const OWN_DOCUMENTS = [
  'daas-techpreview-shape.yaml',
  'wem-machines.yaml',
  'wem-shape.yaml',
  'cws-shape.yaml',
  'swagger2-definitions.yaml',
];
const ORDER: Record<ResourceRole, number> = { list: 0, create: 1, read: 2, other: 3, update: 4, delete: 5 };
const INVOCABLE = new Set<string>(HTTP_METHODS);
let auth: SessionAuth;
beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'walk-documents-tests-password-32-chars-min');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE', '10000');
  resetEnvForTests();
  auth = await mintSessionAuth(
    {
      region: 'sandbox',
      flow: 'oauth2',
      customerId: CUSTOMER,
      clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
      clientSecret: 'Sbx3Demo+Secret/Key9w==',
    },
    undefined,
    APP,
  );
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
  forgetServedDocuments();
});

interface WalkCounts {
  walked: number;
  valid: number;
  failures: string[];
}

/** Registers a document as the browser does and returns a way to send its operations through the proxy. */
async function prepare(text: string, strict: boolean) {
  await resetSandboxData();
  const registered = await registerDocument(text);
  if (!registered.ok) throw new Error(registered.message);
  const outcome = checkAndIndex(text);
  if (!outcome.ok) throw new Error('refused');
  const { stored, dereferenced } = normalise(outcome.checked);
  const document = stored.document as Json;
  const checker = conformanceChecker(document, { strict });
  const roles = resourceRoles(indexOperations(dereferenced));
  const target = targetForRegion(stored.meta.servers, 'sandbox', { hostKind: 'gateway', basePath: '' });
  const mapped = targetForRegion(stored.meta.servers, 'sandbox');
  const where = mapped.ok ? mapped : target;
  if (!where.ok) throw new Error(where.reason);

  const entries = outcome.checked.operations
    .filter((entry) => INVOCABLE.has(entry.method))
    .map((entry) => ({ entry, role: roles.get(`${entry.method} ${entry.path}`)?.role ?? 'other' }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role]);

  /**
   * Values seen in answers, by property name: a required parameter the walk knows nothing else
   * about (`?policyGuid=` on the filters of a policy) takes one, as a person would copy it.
   */
  const known = new Map<string, string>();
  function learn(result: InvokeResult): void {
    if (result.status >= 300 || !result.body.startsWith('{')) return;
    const body = JSON.parse(result.body) as unknown;
    if (!isRecord(body)) return;
    const list = Object.values(body).find(Array.isArray);
    const firstItem = Array.isArray(list) ? list.find(isRecord) : undefined;
    // An item's own id also answers for a parameter named just `id` (`PUT /access?id=`).
    const { idKey } = firstItem ? identityOf(firstItem, undefined) : { idKey: undefined };
    const firstId = firstItem && idKey ? valueAt(firstItem, idKey) : undefined;
    if (typeof firstId === 'string' && !known.has('id')) known.set('id', firstId);
    for (const record of [body, ...(firstItem ? [firstItem] : [])])
      if (isRecord(record))
        for (const [key, value] of Object.entries(record))
          // A value with a "/" (a URL) cannot stand in a path segment: the proxy refuses %2F there.
          if (
            (typeof value === 'string' || typeof value === 'number') &&
            /^[^/]+$/.test(String(value)) &&
            !known.has(key.toLowerCase())
          )
            known.set(key.toLowerCase(), String(value));
  }

  /**
   * The first item of each collection listed, by the collection's singular name (`/Zones` →
   * `zone`): a body field of that name (`"Zone"`, `"MachineCatalog"`) refers to one, and a person
   * would put an existing one there rather than the placeholder "string".
   */
  const references = new Map<string, string>();
  function learnCollection(template: string, result: InvokeResult): void {
    // Top-level collections only: `/MachineCatalogs`, not an admin folder's `…/MachineCatalogs`.
    if (template.includes('{')) return;
    const segment = template.split('/').filter(Boolean).pop();
    if (!segment || result.status >= 300 || !result.body.startsWith('{')) return;
    const body = JSON.parse(result.body) as unknown;
    const list = isRecord(body) ? Object.values(body).find(Array.isArray) : undefined;
    const first = Array.isArray(list) ? list.find(isRecord) : undefined;
    if (!first) return;
    const { idKey, nameKey } = identityOf(first, undefined);
    const value = valueAt(first, nameKey ?? idKey ?? '');
    const singular = segment.toLowerCase().replace(/s$/, '');
    if (typeof value === 'string' && !references.has(singular)) references.set(singular, value);
    learnReferred(first);
  }
  /**
   * Items a listed item refers to (a zone's `ResourceLocation: { Id, Name }`): a body field of
   * that name takes one, when no collection of the document lists such items.
   */
  const referred = new Map<string, string>();
  function learnReferred(item: Json): void {
    for (const [key, value] of Object.entries(item)) {
      const id = isRecord(value) ? (value.Id ?? value.id) : undefined;
      if (typeof id === 'string' && !referred.has(key.toLowerCase())) referred.set(key.toLowerCase(), id);
    }
  }
  let named = 0;
  function referencesFilled(value: unknown, key = '', enums = new Map<string, string>()): unknown {
    const reference = references.get(key.toLowerCase()) ?? referred.get(key.toLowerCase());
    if (value === 'string' && reference !== undefined) return reference;
    // A machine account is `DOMAIN\name`: a new one, in the domain of the machines listed.
    if (value === 'string' && /^machinename$/i.test(key))
      return `${references.get('machine')?.split('\\')[0] ?? 'WALK'}\\WALK-VM-${(named += 1)}`;
    // A field the answer declares an enum for (ccadmins' `type`): one of its values.
    if (value === 'string' && enums.has(key.toLowerCase())) return enums.get(key.toLowerCase());
    // A new name is a new one each time: renaming two items to the same name is refused (409).
    if (value === 'string' && /^(name|displayname|publishedname|policyname)$/i.test(key))
      return `Walk ${key} ${(named += 1)}`;
    if (Array.isArray(value)) return value.map((item) => referencesFilled(item, key));
    if (isRecord(value))
      return Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          referencesFilled(item, name, key ? undefined : enums),
        ]),
      );
    return value;
  }

  /** Sends one operation with the form's values (and `fill` on top); the answer. */
  async function send(
    entry: (typeof entries)[number]['entry'],
    fill: Record<string, string>,
    bodyExtra: Record<string, unknown> = {},
  ) {
    const detail = operationDetail(stored.meta, entry, dereferenced)!;
    const spec = toFormSpec({
      serviceId: stored.meta.id,
      operationId: entry.operationId,
      method: entry.method as (typeof HTTP_METHODS)[number],
      path: entry.path,
      parameters: detail.parameters,
      requestBody: detail.operation.requestBody,
    });
    const values = initialValues(spec, { customerId: CUSTOMER });
    for (const param of spec.params) {
      const name = param.key.split(':').slice(1).join(':');
      if (fill[name] !== undefined) values.params[param.key] = fill[name];
      else if (param.required && !values.params[param.key])
        values.params[param.key] = known.get(name.toLowerCase()) ?? 'value-1';
      if (param.in === 'header' && name.toLowerCase() === 'citrix-instanceid')
        values.params[param.key] = fill.site ?? '';
      if (param.in === 'query' && name.toLowerCase() === 'async') values.params[param.key] = '';
    }
    // The document's own examples are often invalid (Citrix's generator writes "{}" for enums):
    // the body is built from the schema, as a careful person would write it.
    const bodySchema = requestSchemaOf(detail.operation);
    if (bodySchema !== undefined) {
      const body = withoutUnfilledLists(
        referencesFilled(
          sampleSchemaValue(bodySchema, { examples: 'checked' }).value ?? {},
          '',
          answerEnums(detail.operation),
        ),
        bodySchema,
      );
      // An update on the collection itself (WEM's PUT) names its item in the body.
      if (isRecord(body)) Object.assign(body, bodyExtra);
      values.body = JSON.stringify(body);
    }
    const request = invokeRequestSchema.parse({
      ...toImportedInvokeRequest(
        buildInvokeRequest(spec, values, { region: 'sandbox', server: 'regional' }),
        where as never,
      ),
      documentId: registered.ok ? registered.id : '',
    });
    const { result } = await invokeOperation(request, {
      findService: () => undefined,
      auth,
      appOrigin: APP,
      sandboxEnabled: true,
    });
    learn(result);
    if (entry.method === 'GET' && roles.get(`GET ${entry.path}`)?.role === 'list')
      learnCollection(entry.path, result);
    return result;
  }

  // DaaS calls need a site: the sandbox customer's own, from /me.
  const me = entries.find(({ entry }) => /\/me$/i.test(entry.path) && entry.method === 'GET');
  const fill: Record<string, string> = {};
  if (me) {
    const result = await send(me.entry, {});
    const site = (JSON.parse(result.body || '{}') as { Customers?: { Sites?: { Id?: string }[] }[] })
      .Customers?.[0]?.Sites?.[0]?.Id;
    if (site) fill.site = site;
  }
  /** The value the walk sends for a required parameter it has no other value for. */
  const valueFor = (name: string) => fill[name] ?? known.get(name.toLowerCase()) ?? 'value-1';
  return { send, entries, roles, dereferenced, document, checker, fill, valueFor };
}

async function walkDocument(text: string, strict = true): Promise<WalkCounts> {
  const { send, entries, roles, dereferenced, document, checker, fill } = await prepare(text, strict);
  const counts: WalkCounts = { walked: 0, valid: 0, failures: [] };
  /**
   * An item the collection's list answers, with the parameters known so far: the first, or for a
   * delete the last (seeds put what matters first: the primary zone, the busy machine).
   */
  async function firstListed(
    collection: string,
    known: Record<string, string>,
    last = false,
    suits: (item: Json) => boolean = () => true,
  ) {
    const list = entries.find(
      (candidate) =>
        candidate.entry.method === 'GET' && candidate.entry.path.replace(/(.)\/$/, '$1') === collection,
    );
    if (!list) return undefined;
    const listed = await send(list.entry, known).catch(() => undefined);
    if (!listed) return undefined;
    const body = listed.body ? (JSON.parse(listed.body) as unknown) : undefined;
    const listSchema = (dereferenced.paths as Json)[list.entry.path] as Json;
    const location = listLocation(responseSchemaOf((listSchema.get as Json) ?? {}, listed.status));
    const items = location?.property && isRecord(body) ? body[location.property] : body;
    if (!Array.isArray(items)) return undefined;
    const ordered = last ? [...items].reverse() : items;
    // A list of strings lists ids.
    if (typeof ordered[0] === 'string') return { id: ordered[0] } as Json;
    return ordered.find((item) => isRecord(item) && suits(item)) ?? ordered.find(isRecord);
  }
  for (const { entry, role } of entries) {
    const label = `${entry.method} ${entry.path}`;
    const own: Record<string, string> = { ...fill };
    const resource = roles.get(`${entry.method} ${entry.path}`);
    let bodyId: Record<string, unknown> = {};
    // Every path parameter that names an item of a listed collection (the operation's own item,
    // and its parents: `/DeliveryGroups/{nameOrId}/Machines`) takes an item the list returned.
    const suited = SUITED.find((rule) => rule.operation.test(label));
    const parameters = [...entry.path.matchAll(/\{([^{}/]+)\}/g)].map(([, name]) => name!);
    for (const parameter of parameters) {
      const collection = entry.path.slice(0, entry.path.indexOf(`/{${parameter}}`)) || '/';
      const isOwnItem = entry.path.endsWith(`/{${parameter}}`);
      const suits = (item: Json) =>
        addressable(item, parameter) && (parameter !== parameters.at(-1) || !suited || suited.suits(item));
      const first = await firstListed(collection, own, isOwnItem && entry.method === 'DELETE', suits);
      if (!first) continue;
      const { idKey, nameKey } = identityOf(first, parameter);
      const id = valueAt(first, idKey ?? nameKey ?? '');
      if (id !== undefined && id !== null) own[parameter!] = String(id);
    }
    // An update on the collection itself (WEM's PUT) names its item in the body.
    if (
      resource?.itemParameter &&
      entry.path === resource.collection &&
      role !== 'list' &&
      role !== 'create'
    ) {
      const first = await firstListed(resource.collection, own);
      const { idKey } = first ? identityOf(first, resource.itemParameter) : { idKey: undefined };
      if (first && idKey) bodyId = { [idKey]: first[idKey] };
    }
    // A query parameter naming the item (`DELETE /invitations?email=`) takes a suited one's value.
    if (suited?.query) {
      const item = await firstListed(suited.query.collection, own, false, suited.suits);
      const value = item?.[suited.query.parameter];
      if (typeof value === 'string') own[suited.query.parameter] = value;
    }
    counts.walked += 1;
    let result: InvokeResult;
    try {
      result = await send(entry, own, bodyId);
    } catch (error) {
      counts.failures.push(`${label}: refused before the sandbox: ${(error as Error).message}`);
      continue;
    }
    const problem = checkAnswer(document, entry.method, entry.path, result, checker);
    if (problem) counts.failures.push(`${label} → ${result.status}: ${problem}`);
    else counts.valid += 1;
  }
  return counts;
}

/**
 * Operations that apply to an item in some state only: the walk picks a listed item in that state,
 * as a person would, for the operation's last path parameter (or the query parameter named).
 */
const SUITED: {
  operation: RegExp;
  suits: (item: Json) => boolean;
  query?: { collection: string; parameter: string };
}[] = [
  // Only a suspended machine resumes.
  { operation: /^POST .*\/Machines\/\{[^}]+\}\/\$resume$/, suits: (item) => item.PowerState === 'Suspended' },
  // A job has results once it is complete.
  { operation: /^GET .*\/Jobs\/\{[^}]+\}\/Results$/, suits: (item) => item.Status === 'Complete' },
  // An invitation is withdrawn while it is pending, by the e-mail it went to (`GET /` lists them).
  {
    operation: /^DELETE \/invitations$/,
    suits: (item) => item.pending === true,
    query: { collection: '/', parameter: 'email' },
  },
];

/** Ids that name what an item belongs to (resources.ts's reading), not the item. */
const OWNER_ID = /^(customer|tenant|site|instance|parent|owner)_?id$/i;
/**
 * An item the walk can address by an id of its own: a pending administrator has no `userId` yet,
 * only its customer's `customerId`, and a person would not pass that for the administrator's id.
 */
function addressable(item: Json, parameter: string): boolean {
  return !OWNER_ID.test(identityOf(item, parameter).idKey ?? '');
}

interface RoundTrips {
  pairs: number;
  passed: number;
  failures: string[];
}

/**
 * For every collection/item pair with a list, a create, a read and a delete: create → the list
 * shows it → read → update (where declared) → read shows the change → delete → the item is 404.
 */
async function roundTrips(text: string): Promise<RoundTrips> {
  const { send, entries, roles, dereferenced, fill, valueFor } = await prepare(text, false);
  // Every top-level list once, so a create's body can name an existing zone, catalog…
  for (const { entry, role } of entries)
    if (role === 'list' && !entry.path.includes('{')) await send(entry, fill).catch(() => undefined);
  const counts: RoundTrips = { pairs: 0, passed: 0, failures: [] };
  const find = (method: string, template: string | undefined) =>
    entries.find(({ entry }) => entry.method === method && entry.path === template)?.entry;
  const collections = [...roles.values()].filter((role) => role.role === 'list');
  for (const { collection, itemParameter } of collections) {
    const item = entries.find(
      ({ entry }) =>
        entry.method === 'GET' &&
        roles.get(`GET ${entry.path}`)?.role === 'read' &&
        roles.get(`GET ${entry.path}`)?.collection === collection,
    )?.entry;
    const list = find('GET', collection);
    const create = find('POST', collection);
    const remove = item && find('DELETE', item.path);
    if (!list || !create || !item || !remove || !itemParameter) continue;
    const update = find('PATCH', item.path) ?? find('PUT', item.path);
    counts.pairs += 1;
    const fail = (why: string) => counts.failures.push(`${collection}: ${why}`);
    const ids = async () => {
      const answer = await send(list, fill);
      const body = answer.body ? (JSON.parse(answer.body) as unknown) : undefined;
      const listItem = (dereferenced.paths as Json)[list.path] as Json;
      const location = listLocation(responseSchemaOf((listItem.get as Json) ?? {}, answer.status));
      const items = location?.property && isRecord(body) ? body[location.property] : body;
      return (Array.isArray(items) ? items.filter(isRecord) : []).map((entry) => {
        const { idKey } = identityOf(entry, itemParameter);
        return idKey ? String(valueAt(entry, idKey)) : '';
      });
    };
    try {
      const before = await ids();
      // A list scoped by a required query parameter (`?policyGuid=`) shows what is created in
      // that scope: the body names it, as a person would.
      const listParameters = ((dereferenced.paths as Json)[list.path] as Json).get as Json;
      const scope = Object.fromEntries(
        (Array.isArray(listParameters.parameters) ? listParameters.parameters : [])
          .filter(
            (parameter): parameter is Json =>
              isRecord(parameter) && parameter.in === 'query' && parameter.required === true,
          )
          .map((parameter) => [String(parameter.name), valueFor(String(parameter.name))]),
      );
      const created = await send(create, fill, scope);
      if (created.status >= 300) {
        fail(`create answered ${created.status} ${created.body.slice(0, 160)}`);
        continue;
      }
      const id = (await ids()).find((candidate) => candidate && !before.includes(candidate));
      if (!id) {
        fail('the list does not show the created item');
        continue;
      }
      const at = { ...fill, [itemParameter]: id };
      const read = await send(item, at);
      if (read.status !== 200) {
        fail(`read answered ${read.status}`);
        continue;
      }
      if (update) {
        const field = changeableField(update, dereferenced);
        const changed = await send(update, at, field ? { [field]: 'Changed by the round trip' } : {});
        if (changed.status >= 300) {
          fail(`update answered ${changed.status} ${changed.body.slice(0, 160)}`);
          continue;
        }
        // A rename of what the item is addressed by (a policy's `PolicyName`): it is read by its new name.
        const readBody = JSON.parse(read.body || '{}') as unknown;
        if (field && isRecord(readBody) && identityOf(readBody, itemParameter).idKey === field)
          at[itemParameter] = 'Changed by the round trip';
        const again = JSON.parse((await send(item, at)).body || '{}') as Json;
        if (field && field in again && again[field] !== 'Changed by the round trip') {
          fail(`the read does not show the change of ${field}`);
          continue;
        }
      }
      const deleted = await send(remove, at);
      if (deleted.status >= 300) {
        fail(`delete answered ${deleted.status}`);
        continue;
      }
      const gone = await send(item, at);
      if (gone.status !== 404) {
        fail(`the deleted item answers ${gone.status}`);
        continue;
      }
      counts.passed += 1;
    } catch (error) {
      fail(`refused before the sandbox: ${(error as Error).message}`);
    }
  }
  return counts;
}

/** A plain string property of the update's body, to change and look for afterwards. */
function changeableField(update: { method: string; path: string }, dereferenced: Json): string | undefined {
  const operation = ((dereferenced.paths as Json)[update.path] as Json)[update.method.toLowerCase()] as Json;
  const schema = requestSchemaOf(operation);
  const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
  return Object.entries(properties).find(
    ([name, property]) =>
      isRecord(property) &&
      (property.type === 'string' || (Array.isArray(property.type) && property.type.includes('string'))) &&
      property.enum === undefined &&
      property.format === undefined &&
      property.readOnly !== true &&
      /name|description/i.test(name),
  )?.[0];
}

/**
 * An optional list in a body made only of the sampler's placeholders (`ExistingApplications:
 * ["string"]`, `DeliveryGroups: [{ Item: "string" }]`) refers to things the walk knows none of:
 * a person would leave it out.
 */
function withoutUnfilledLists(body: unknown, schema: unknown): unknown {
  if (!isRecord(body)) return body;
  const required = new Set<string>();
  for (const part of [schema, ...(isRecord(schema) && Array.isArray(schema.allOf) ? schema.allOf : [])])
    if (isRecord(part) && Array.isArray(part.required))
      for (const name of part.required) required.add(String(name));
  const placeholderOnly = (item: unknown): boolean =>
    item === 'string' ||
    (isRecord(item) &&
      Object.values(item).some((value) => value === 'string') &&
      Object.values(item).every((value) => typeof value !== 'string' || value === 'string'));
  return Object.fromEntries(
    Object.entries(body).filter(
      ([name, value]) =>
        required.has(name) || !Array.isArray(value) || value.length === 0 || !value.every(placeholderOnly),
    ),
  );
}

/**
 * The first value of each enum a property of the operation's answer declares, by the property's
 * name: a request field left a plain string (ccadmins' create `type`) takes the values the same
 * field has in the answer (`AdministratorType`), as a person reading the document would.
 */
function answerEnums(operation: Json): Map<string, string> {
  const enums = new Map<string, string>();
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const success = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
  const schema = success ? responseSchemaOf(operation, Number(success)) : undefined;
  const parts = isRecord(schema) ? [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])] : [];
  for (const part of parts)
    if (isRecord(part) && isRecord(part.properties))
      for (const [name, property] of Object.entries(part.properties)) {
        const values = isRecord(property) && Array.isArray(property.enum) ? property.enum : [];
        const first = values.find((value) => typeof value === 'string' && !/^unknown$/i.test(value));
        if (typeof first === 'string') enums.set(name.toLowerCase(), first);
      }
  return enums;
}

function requestSchemaOf(operation: Json): unknown {
  const body = operation.requestBody;
  if (!isRecord(body) || !isRecord(body.content)) return undefined;
  const media = Object.entries(body.content).find(([type]) => /json/i.test(type))?.[1];
  return isRecord(media) ? media.schema : undefined;
}

function responseSchemaOf(operation: Json, status: number): unknown {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const response = responses[String(status)];
  if (!isRecord(response) || !isRecord(response.content)) return undefined;
  const media = Object.entries(response.content).find(([type]) => /json/i.test(type))?.[1];
  return isRecord(media) ? media.schema : undefined;
}

function checkAnswer(
  document: Json,
  method: string,
  template: string,
  result: InvokeResult,
  checker: ReturnType<typeof conformanceChecker>,
): string | undefined {
  const operation = ((document.paths as Json)[template] as Json)[method.toLowerCase()] as Json;
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const declaresSuccess = Object.keys(responses).some((status) => /^2\d\d$/.test(status));
  if (!(String(result.status) in responses) || (result.status >= 300 && declaresSuccess))
    return `status not a declared success (${Object.keys(responses).join(', ')}) ${result.body.slice(0, 200)}`;
  const schema = responseSchemaOf(operation, result.status);
  if (schema === undefined) return undefined;
  if (result.body === '') return result.status === 204 ? undefined : 'empty body, a schema is declared';
  try {
    return checker.check(schema, JSON.parse(result.body));
  } catch (error) {
    return `the document's schema cannot be checked: ${(error as Error).message}`;
  }
}

function report(name: string, counts: WalkCounts): void {
  console.info(
    `${name}: ${counts.walked} operations walked, ${counts.valid} valid, ${counts.walked - counts.valid} invalid${counts.failures.length ? `\n  ${(process.env.WALK_ALL ? counts.failures : counts.failures.slice(0, 15)).join('\n  ')}` : ''}`,
  );
}

describe("the sandbox answers every operation of the project's own documents", () => {
  for (const name of OWN_DOCUMENTS) {
    it(name, async () => {
      // Small shapes: the hand-written DaaS handlers answer more fields than they declare.
      const counts = await walkDocument(readFileSync(path.join(TESTDATA, name), 'utf8'), false);
      report(name, counts);
      expect(counts.walked).toBeGreaterThan(0);
      expect(counts.failures).toEqual([]);
    });
  }
});

describe.skipIf(!CITRIX_SPECS_PRESENT)("the sandbox answers every operation of Citrix's documents", () => {
  const names = CITRIX_SPECS_PRESENT
    ? readdirSync(CITRIX_SPECS_DIR).filter((name) =>
        statSync(path.join(CITRIX_SPECS_DIR, name)).isDirectory(),
      )
    : [];
  for (const name of names) {
    it(name, { timeout: 120_000 }, async () => {
      const counts = await walkDocument(
        readFileSync(path.join(CITRIX_SPECS_DIR, name, 'openapi.yaml'), 'utf8'),
      );
      report(name, counts);
      // Every operation (the failures are printed above).
      expect(counts.valid).toBe(counts.walked);
    });
  }
});

describe('a CRUD round trip for every collection of a document', () => {
  it("the project's WEM-shaped document", async () => {
    const counts = await roundTrips(readFileSync(path.join(TESTDATA, 'wem-machines.yaml'), 'utf8'));
    expect(counts).toEqual({ pairs: 1, passed: 1, failures: [] });
  });

  const names = CITRIX_SPECS_PRESENT
    ? readdirSync(CITRIX_SPECS_DIR).filter((name) =>
        statSync(path.join(CITRIX_SPECS_DIR, name)).isDirectory(),
      )
    : [];
  for (const name of names) {
    it(`Citrix's ${name}`, { timeout: 120_000 }, async () => {
      const counts = await roundTrips(
        readFileSync(path.join(CITRIX_SPECS_DIR, name, 'openapi.yaml'), 'utf8'),
      );
      console.info(
        `${name}: ${counts.pairs} collection/item pairs, ${counts.passed} round trips complete${counts.failures.length ? `\n  ${counts.failures.join('\n  ')}` : ''}`,
      );
      expect(counts.failures).toEqual([]);
      expect(counts.passed).toBe(counts.pairs);
    });
  }
});

describe.skipIf(CITRIX_SPECS_PRESENT)("the sandbox answers every operation of Citrix's documents", () => {
  it('is skipped', () => {
    console.info(CITRIX_SPECS_ABSENT);
  });
});
