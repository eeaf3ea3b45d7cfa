import { SAMPLE_NODE_BUDGET, SampleBudget } from '@/lib/openapi/schema-example';

import { listDocumentOperations, type JsonObject } from './openapi-walk';
import { RESERVED_VARIABLES } from './postman-inert';
import {
  buildBody,
  buildHeaders,
  buildUrl,
  requestDescription,
  requestName,
  tagDescriptions,
} from './postman-request';
import { PRE_REQUEST_SCRIPT } from './postman-script';
import {
  POSTMAN_SCHEMA_V21,
  type PostmanCollection,
  type PostmanExportTarget,
  type PostmanKeyValue,
  type PostmanRequestItem,
} from './postman-types';

/**
 * OpenAPI 3.x → Postman collection v2.1, written for Citrix Cloud: every request carries
 * `Authorization: CwsAuth Bearer={{token}}` (Citrix's own scheme, which generic converters do not
 * know), `Citrix-CustomerId: {{customerId}}` where the operation takes it, and
 * `Accept: application/json`; a collection-level pre-request script fetches the token with the
 * client-credentials flow. Pure: the same input always gives the same collection.
 */

const UNTAGGED = 'Other';

/**
 * Schema nodes one export may visit for all its examples together (each example has its own
 * `SAMPLE_NODE_BUDGET` within it). The 561-operation DaaS description needs about 1,200; a
 * description built to fan out (finding: k=10 per level took 3.4 s and blocked the server) is
 * cut off here, its remaining examples marked as cut short, and the export stays linear in the
 * size of the document.
 */
export const EXPORT_NODE_BUDGET = 50_000;

export interface PostmanExportStats {
  /** Schema nodes the examples visited (at most `EXPORT_NODE_BUDGET`). */
  visitedNodes: number;
  /** Requests whose example body was cut short. */
  truncatedBodies: number;
}

const TRUNCATED_NOTE =
  '**Example body cut short:** its schema is too large to sample in full; complete it from the schema.';

/** Converts an OpenAPI 3.x document (raw or dereferenced) to a Postman collection v2.1. */
export function toPostmanCollection(
  document: JsonObject,
  target: PostmanExportTarget,
  stats?: PostmanExportStats,
): PostmanCollection {
  const budget = new SampleBudget(EXPORT_NODE_BUDGET, SAMPLE_NODE_BUDGET);
  let truncatedBodies = 0;
  const basePath = target.basePath.replace(/\/+$/, '');
  const folders = new Map<string, PostmanRequestItem[]>();
  const extraVariables = new Map<string, PostmanKeyValue>();
  let usesInstanceId = false;

  for (const operation of listDocumentOperations(document)) {
    const { url, extraVariables: extras } = buildUrl(document, operation, basePath, budget);
    for (const extra of extras) if (!extraVariables.has(extra.key)) extraVariables.set(extra.key, extra);
    const body = buildBody(document, operation, budget);
    if (body?.truncated) truncatedBodies += 1;
    const header = buildHeaders(document, operation, body?.contentType);
    if (header.some((entry) => entry.key === 'Citrix-InstanceId')) usesInstanceId = true;
    const description =
      [requestDescription(operation), body?.truncated ? TRUNCATED_NOTE : undefined]
        .filter(Boolean)
        .join('\n\n') || undefined;
    const item: PostmanRequestItem = {
      name: requestName(operation),
      request: {
        method: operation.method.toUpperCase(),
        header,
        url,
        ...(body ? { body: body.body } : {}),
        ...(description ? { description } : {}),
      },
      response: [],
    };
    const tag = operation.tags[0] ?? UNTAGGED;
    folders.set(tag, [...(folders.get(tag) ?? []), item]);
  }

  const descriptions = tagDescriptions(document);
  const ordered = [...folders].sort(([a], [b]) => Number(a === UNTAGGED) - Number(b === UNTAGGED));
  const variable: PostmanCollection['variable'] = [
    { key: 'baseUrl', value: target.baseUrl, type: 'string', description: 'The API host of the region.' },
    {
      key: 'tokenUrl',
      value: target.tokenUrl,
      type: 'string',
      description: 'The OAuth 2.0 token endpoint of the region (client credentials).',
    },
    {
      key: 'customerId',
      value: '',
      type: 'string',
      description: 'Your Citrix Cloud customer ID (Identity and Access Management > API Access).',
    },
    { key: 'clientId', value: '', type: 'string', description: 'The ID of your secure API client.' },
    {
      key: 'clientSecret',
      value: '',
      type: 'string',
      description:
        "The secret of your secure API client. Prefer an environment's current value or the Postman Vault, and never share the collection with it filled in.",
    },
    {
      key: 'token',
      value: '',
      type: 'string',
      description: 'The bearer token, set by the pre-request script.',
    },
    {
      key: 'tokenExpiresAt',
      value: '',
      type: 'string',
      description: 'When `token` expires (epoch milliseconds), set by the pre-request script.',
    },
    ...(usesInstanceId
      ? [
          {
            key: 'instanceId',
            value: '',
            type: 'string' as const,
            description: 'The DaaS site ID (Citrix-InstanceId), from GET /cvad/manage/me.',
          },
        ]
      : []),
    // Path variables never carry a reserved name (postman-inert.ts); checked again here.
    ...[...extraVariables.values()]
      .filter((entry) => !RESERVED_VARIABLES.some((name) => name.toLowerCase() === entry.key.toLowerCase()))
      .map((entry) => ({ ...entry, type: 'string' as const })),
  ];
  if (stats) {
    stats.visitedNodes = budget.visited;
    stats.truncatedBodies = truncatedBodies;
  }

  return {
    info: {
      name: target.name,
      ...(target.description ? { description: target.description } : {}),
      schema: POSTMAN_SCHEMA_V21,
    },
    item: ordered.map(([name, item]) => ({
      name,
      ...(descriptions.has(name) ? { description: descriptions.get(name) } : {}),
      item,
    })),
    event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec: [...PRE_REQUEST_SCRIPT] } }],
    variable,
    auth: { type: 'noauth' },
  };
}

/** A file name for a download, from a title: lower-case letters, digits and dashes. */
export function fileStem(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'api'
  );
}
