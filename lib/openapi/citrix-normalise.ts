import { REGION_LIST } from '@/lib/citrix/regions';
import { mapServerUrl } from '@/lib/citrix/server-url';
import { OPENAPI_METHODS } from '@/lib/http/methods';
import { isRecord } from '@/lib/json/is-record';

import type { ImportWarning } from './types';

/**
 * What the importer changes in a Citrix document so that it maps onto the region table without
 * edits, each change said in a line of the import report. Pure; each step takes the document
 * (already a private copy: parsed from text, or upgraded) and changes it in place.
 *
 * - The tech-preview DaaS document (`/citrix/orchestration/api`, paths
 *   `/techpreview/{customerid}/{siteid}/…`) becomes the GA shape: `/cvad/manage/…` on the API
 *   gateway, the customer in `Citrix-CustomerId`, the site in `Citrix-InstanceId` (reference §3.1).
 * - `#/definitions/X` references left over from Swagger 2.0 point at `#/components/schemas/X`.
 * - A property declared `type: object` around a reference to a string enum is read as the enum.
 * - A server host with a variable and no default (`https://{api}.wem.cloud.com/`) gets the
 *   values the region table knows; a relative server of a recognised Citrix document its host.
 * - Security schemes that are not CwsAuth (http basic, apiKey "Bearer", none) are read as
 *   `CwsAuth Bearer=<token>`, which is what the proxy sends to every Citrix Cloud host.
 */

type Json = Record<string, unknown>;
export type Note = ImportWarning;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Every object of the tree, depth first (iterative: documents nest deeply). */
function* objects(root: unknown): Generator<Json> {
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    yield value as Json;
    for (const item of Object.values(value)) stack.push(item);
  }
}

// --- DaaS tech preview → /cvad/manage --------------------------------------------------------

const DAAS_SERVER = /^\/citrix\/orchestration\/api\/?$/i;
const TECHPREVIEW = /^\/techpreview(\/\{customerid\})?(\/\{siteid\})?(\/.*)$/i;
/** Where the GA DaaS API lives (migration page): api.cloud.com for US/EU/AP South, Japan its own. */
export const DAAS_SERVERS = [
  { url: 'https://api.cloud.com/cvad/manage', description: 'Citrix DaaS (US, EU, AP South)' },
  { url: 'https://api.citrixcloud.jp/cvad/manage', description: 'Citrix DaaS (Japan)' },
];

const HEADER_FOR: Record<string, { name: string; description: string }> = {
  customerid: {
    name: 'Citrix-CustomerId',
    description:
      'The Citrix Cloud customer ID (the {customerid} path segment of the tech-preview API, sent as a header by the GA API).',
  },
  siteid: {
    name: 'Citrix-InstanceId',
    description:
      'The DaaS site ID (the {siteid} path segment of the tech-preview API, sent as a header by the GA API).',
  },
};

function isDaasTechPreview(document: Json): boolean {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const relative =
    servers.some(
      (server) => isRecord(server) && typeof server.url === 'string' && DAAS_SERVER.test(server.url),
    ) ||
    (typeof document.basePath === 'string' && DAAS_SERVER.test(document.basePath) && !document.host);
  const paths = isRecord(document.paths) ? Object.keys(document.paths) : [];
  return relative && paths.length > 0 && paths.every((path) => TECHPREVIEW.test(path));
}

/** Path parameters {customerid} / {siteid} become the GA headers; a header already declared wins. */
function moveToHeaders(parameters: unknown): unknown[] | undefined {
  if (!Array.isArray(parameters)) return undefined;
  const declared = new Set(
    parameters
      .filter(isRecord)
      .flatMap((p) => (p.in === 'header' && typeof p.name === 'string' ? [p.name.toLowerCase()] : [])),
  );
  return parameters.flatMap((parameter) => {
    if (!isRecord(parameter) || parameter.in !== 'path' || typeof parameter.name !== 'string')
      return [parameter];
    const header = HEADER_FOR[parameter.name.toLowerCase()];
    if (!header) return [parameter];
    if (declared.has(header.name.toLowerCase())) return [];
    declared.add(header.name.toLowerCase());
    return [
      { ...parameter, in: 'header', name: header.name, required: true, description: header.description },
    ];
  });
}

const declaresCustomer = (parameters: unknown) =>
  Array.isArray(parameters) &&
  parameters.some(
    (p) => isRecord(p) && p.in === 'header' && String(p.name).toLowerCase() === 'citrix-customerid',
  );

/**
 * Every call through the API gateway needs Citrix-CustomerId (reference §2; DaaS answers 500
 * without it), also the ones whose tech-preview path had no {customerid} (`/me`).
 */
function withCustomerHeader(parameters: unknown[], pathLevel: unknown): unknown[] {
  if (declaresCustomer(parameters) || declaresCustomer(pathLevel)) return parameters;
  return [
    ...parameters,
    {
      in: 'header',
      name: 'Citrix-CustomerId',
      required: true,
      description: 'The Citrix Cloud customer ID: the API gateway needs it on every call.',
      schema: { type: 'string' },
    },
  ];
}

/** The tech-preview DaaS document in the GA shape; a note, or nothing when it is another document. */
export function mapDaasTechPreview(document: Json): Note[] {
  if (!isDaasTechPreview(document)) return [];
  const paths = document.paths as Json;
  const mapped: Json = {};
  let collisions = 0;
  let operations = 0;
  for (const [path, item] of Object.entries(paths)) {
    const rest = TECHPREVIEW.exec(path)![3]!;
    if (Object.hasOwn(mapped, rest) || !isRecord(item)) {
      collisions++;
      continue;
    }
    const moved = moveToHeaders(item.parameters);
    if (moved) item.parameters = moved;
    for (const method of OPENAPI_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      operations++;
      operation.parameters = withCustomerHeader(moveToHeaders(operation.parameters) ?? [], item.parameters);
    }
    mapped[rest] = item;
  }
  document.paths = mapped;
  if (typeof document.swagger === 'string') {
    document.host = 'api.cloud.com';
    document.basePath = '/cvad/manage';
    document.schemes = ['https'];
  } else {
    document.servers = DAAS_SERVERS.map((server) => ({ ...server }));
  }
  const notes: Note[] = [
    {
      count: operations,
      message: `Mapped the tech-preview DaaS paths /citrix/orchestration/api/techpreview/{customerid}/{siteid}/… onto /cvad/manage/… on the API gateway (${plural(operations, 'operation', 'operations')}): the customer ID goes in the Citrix-CustomerId header and the site ID in Citrix-InstanceId, as the GA API expects.`,
    },
  ];
  if (collisions > 0)
    notes.push({
      count: collisions,
      message: `${plural(collisions, 'path', 'paths')} of the tech preview mapped onto a /cvad/manage path already taken; the first was kept.`,
    });
  return notes;
}

// --- #/definitions references -----------------------------------------------------------------

/** `#/definitions/X` in an OpenAPI 3.x document → `#/components/schemas/X` where X exists there. */
export function fixDefinitionRefs(document: Json): Note[] {
  const schemas =
    isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  let fixed = 0;
  for (const node of objects(document)) {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) continue;
    const name = ref.slice('#/definitions/'.length);
    if (!Object.hasOwn(schemas, decodeURIComponent(name.replace(/~1/g, '/').replace(/~0/g, '~')))) continue;
    node.$ref = `#/components/schemas/${name}`;
    fixed++;
  }
  return fixed === 0
    ? []
    : [
        {
          count: fixed,
          message: `Pointed ${plural(fixed, 'Swagger 2.0 reference', 'Swagger 2.0 references')} #/definitions/… at #/components/schemas/…, where the schemas are.`,
        },
      ];
}

// --- enums declared as objects ----------------------------------------------------------------

function enumSchemaNames(document: Json): Set<string> {
  const schemas =
    isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  const names = new Set<string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (isRecord(schema) && Array.isArray(schema.enum) && schema.type !== 'object') names.add(name);
  }
  return names;
}

/**
 * NSwag writes an enum property as `{allOf: [{$ref: <enum>}], type: object}`: a string declared
 * as an object, so a form would ask for JSON. The `type: object` is dropped (the enum is kept).
 */
export function fixEnumObjects(document: Json): Note[] {
  const enums = enumSchemaNames(document);
  let fixed = 0;
  for (const node of objects(document)) {
    const isObjectType = node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));
    if (!isObjectType || isRecord(node.properties)) continue;
    const refs = [node, ...(Array.isArray(node.allOf) ? node.allOf : [])]
      .filter(isRecord)
      .map((item) => item.$ref)
      .filter((ref): ref is string => typeof ref === 'string');
    const enumRef = refs.some((ref) => ref.startsWith('#/components/schemas/') && enums.has(ref.slice(21)));
    const inlineEnum = Array.isArray(node.enum) && node.enum.every((value) => typeof value === 'string');
    if (!enumRef && !inlineEnum) continue;
    if (inlineEnum) node.type = 'string';
    else delete node.type;
    fixed++;
  }
  return fixed === 0
    ? []
    : [
        {
          count: fixed,
          message: `${plural(fixed, 'enum was declared as an object', 'enums were declared as objects')} (type: object around a list of names); read as ${fixed === 1 ? 'the enum' : 'enums'}.`,
        },
      ];
}

// --- servers ----------------------------------------------------------------------------------

/** Every remote host of the table, in table order. */
function tableHostnames(): string[] {
  const names: string[] = [];
  for (const region of REGION_LIST)
    for (const entry of Object.values(region.hosts))
      if (entry?.type === 'remote' && !names.includes(entry.hostname)) names.push(entry.hostname);
  return names;
}

/**
 * A host template with variables and no defaults (`https://{api}.wem.cloud.com/`): the values
 * that make it a host of the table become the variable's enum, the first (US) its default.
 */
function fillHostVariables(server: Json): Note | undefined {
  const url = server.url as string;
  const host = /^https:\/\/([^/]+)/i.exec(url)?.[1];
  if (!host || !/\{[^}]+\}/.test(host)) return undefined;
  const variables = isRecord(server.variables) ? server.variables : {};
  const names = [...host.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (
    names.every((name) => isRecord(variables[name]) && typeof (variables[name] as Json).default === 'string')
  )
    return undefined;
  if (names.length !== 1) return undefined;
  const [prefix, suffix] = host.split(`{${names[0]}}`) as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escape(prefix.toLowerCase())}([a-z0-9-]+)${escape(suffix.toLowerCase())}$`);
  const values = tableHostnames().flatMap((name) => pattern.exec(name)?.[1] ?? []);
  if (values.length === 0) return undefined;
  server.variables = { ...variables, [names[0]!]: { default: values[0], enum: values } };
  return {
    count: 1,
    message: `The server ${url} gives {${names[0]}} no default: read as ${values.map((value) => host.replace(`{${names[0]}}`, value)).join(', ')} (the region picks which).`,
  };
}

/** Citrix documents whose server is relative, recognised by their title: the host they live on. */
const KNOWN_RELATIVE: { test: RegExp; url: string; what: string }[] = [
  {
    test: /\bCws\b|CloudServices\.Cws/i,
    url: 'https://cws.citrixworkspacesapi.net',
    what: 'the Workspace platform (CWS)',
  },
];

function title(document: Json): string {
  return isRecord(document.info) && typeof document.info.title === 'string' ? document.info.title : '';
}

/** Fills host variables and maps the relative servers of recognised documents; says what it did. */
export function mapCitrixServers(document: Json): Note[] {
  if (!Array.isArray(document.servers)) return [];
  const notes: Note[] = [];
  document.servers = document.servers.map((server) => {
    if (!isRecord(server) || typeof server.url !== 'string') return server;
    const filled = fillHostVariables(server);
    if (filled) notes.push(filled);
    if (/^[a-z][a-z0-9+.-]*:/i.test(server.url)) return server;
    const known = KNOWN_RELATIVE.find((entry) => entry.test.test(title(document)));
    if (!known) return server;
    const path = server.url.replace(/^\/?/, '/').replace(/\/+$/, '');
    const url = `${known.url}${path}`;
    notes.push({
      count: 1,
      message: `The relative server ${server.url} was read as ${url}: this is Citrix's document for ${known.what}.`,
    });
    return { ...server, url };
  });
  return notes;
}

// --- security schemes -------------------------------------------------------------------------

const CWSAUTH_SCHEME = {
  type: 'apiKey',
  in: 'header',
  name: 'Authorization',
  description: 'CwsAuth Bearer=<token>: the bearer token from Set Authentication (the explorer fills it in).',
};

/** An Authorization header scheme that says CwsAuth (by its name or its description). */
function isCwsAuth(name: string, scheme: unknown): boolean {
  if (!isRecord(scheme) || scheme.type !== 'apiKey' || scheme.in !== 'header') return false;
  if (String(scheme.name).toLowerCase() !== 'authorization') return false;
  return /cwsauth/i.test(`${name} ${String(scheme.description ?? '')}`);
}

function describeScheme(name: string, scheme: unknown): string {
  if (!isRecord(scheme)) return name;
  if (scheme.type === 'http') return `${name} (http ${String(scheme.scheme ?? '')})`.replace(' )', ')');
  if (scheme.type === 'apiKey') return `${name} (apiKey in ${String(scheme.in)} ${String(scheme.name)})`;
  return `${name} (${String(scheme.type)})`;
}

/**
 * On a Citrix Cloud host every call carries `Authorization: CwsAuth Bearer=<token>`, whatever the
 * document declares: its schemes become one CwsAuth scheme, and the report says which were read so.
 * Only for documents whose servers map onto the region table.
 */
export function readSecurityAsCwsAuth(document: Json): Note[] {
  const components = isRecord(document.components) ? document.components : {};
  const schemes = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  const entries = Object.entries(schemes);
  const others = entries.filter(([name, scheme]) => !isCwsAuth(name, scheme));
  if (entries.length > 0 && others.length === 0) return [];
  document.components = { ...components, securitySchemes: { CwsAuth: CWSAUTH_SCHEME } };
  document.security = [{ CwsAuth: [] }];
  for (const item of Object.values(isRecord(document.paths) ? document.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of OPENAPI_METHODS) {
      const operation = item[method];
      if (isRecord(operation) && Array.isArray(operation.security) && operation.security.length > 0)
        operation.security = [{ CwsAuth: [] }];
    }
  }
  const message =
    entries.length === 0
      ? 'The document declares no security scheme: calls carry Authorization: CwsAuth Bearer=<token>, as every Citrix Cloud host requires.'
      : `The security ${others.length === 1 ? 'scheme' : 'schemes'} ${others.map(([name, scheme]) => describeScheme(name, scheme)).join(', ')} ${others.length === 1 ? 'is' : 'are'} not CwsAuth: read as Authorization: CwsAuth Bearer=<token>, which is what Citrix Cloud accepts and what the explorer sends.`;
  return [{ count: Math.max(others.length, 1), message }];
}

/** True when at least one server of the document maps onto the region table. */
export function servesFromTable(document: Json): boolean {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  return servers.some(
    (server) =>
      isRecord(server) && typeof server.url === 'string' && mapServerUrl(server.url, server.variables).ok,
  );
}
