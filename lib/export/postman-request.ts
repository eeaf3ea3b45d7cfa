import { isRecord } from '@/lib/json/is-record';
import type { SampleBudget } from '@/lib/openapi/schema-example';

import {
  deref,
  firstExample,
  parameterExample,
  sampleSchema,
  type JsonObject,
  type OpenApiOperation,
  type OpenApiParameter,
} from './openapi-walk';
import { inertText, inertValue, pathVariableName } from './postman-inert';
import type { PostmanBody, PostmanKeyValue, PostmanUrl } from './postman-types';

/** How one OpenAPI operation becomes one Postman request: its URL, headers and body. */

const CUSTOMER_PATH_PARAMS = /^customer(id)?$/i;
const CLIENT_ID_KEYS = /^client_?id$/i;
const CLIENT_SECRET_KEYS = /^client_?secret$/i;
const TOKEN_PATH = /\/tokens\/clients\/?$/;
/** An HTTP header name (RFC 9110 token): no braces, spaces or quotes. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers we set ourselves; any declaration of them in the document is replaced. */
const OWN_HEADERS = new Set([
  'authorization',
  'citrix-customerid',
  'citrix-instanceid',
  'accept',
  'content-type',
]);

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.join(',');
  return JSON.stringify(value);
}

/** Whether the operation authenticates with a bearer token (token endpoints and `security: []` do not). */
export function needsToken(operation: OpenApiOperation): boolean {
  if (TOKEN_PATH.test(operation.path)) return false;
  if (operation.security && operation.security.length === 0) return false;
  return true;
}

/** Whether a security scheme named in the operation's requirement is an API key in this header. */
function securityHeader(document: JsonObject, operation: OpenApiOperation, header: string): boolean {
  const schemes = isRecord(document.components)
    ? deref(document, document.components.securitySchemes)
    : undefined;
  if (!isRecord(schemes) || !operation.security) return false;
  return operation.security.some(
    (requirement) =>
      isRecord(requirement) &&
      Object.keys(requirement).some((name) => {
        const scheme = deref(document, Object.hasOwn(schemes, name) ? schemes[name] : undefined);
        return (
          isRecord(scheme) &&
          scheme.type === 'apiKey' &&
          scheme.in === 'header' &&
          String(scheme.name).toLowerCase() === header
        );
      }),
  );
}

function declaresHeader(document: JsonObject, operation: OpenApiOperation, header: string): boolean {
  return (
    operation.parameters.some(
      (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === header,
    ) || securityHeader(document, operation, header)
  );
}

interface BuiltUrl {
  url: PostmanUrl;
  /** Variables the URL needs beyond Postman's own `:param` path variables (mixed segments). */
  extraVariables: PostmanKeyValue[];
}

/** A parameter's example from the document, made inert (no `{{variable}}` survives in it). */
function exampleOf(document: JsonObject, parameter: OpenApiParameter): unknown {
  return inertValue(parameterExample(document, parameter));
}

function pathValue(document: JsonObject, parameter: OpenApiParameter, budget?: SampleBudget): string {
  if (CUSTOMER_PATH_PARAMS.test(parameter.name)) return '{{customerId}}';
  const example =
    exampleOf(document, parameter) ?? inertValue(sampleSchema(document, parameter.schema, budget).value);
  return text(example);
}

export function buildUrl(
  document: JsonObject,
  operation: OpenApiOperation,
  basePath: string,
  budget?: SampleBudget,
): BuiltUrl {
  const pathParameters = new Map(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const full = `${basePath}/${operation.path}`;
  const segments = full.split('/').filter(Boolean);
  // `/administrators/` is not `/administrators`: keep a trailing slash as an empty last segment.
  if (full.endsWith('/') && segments.length > 0) segments.push('');
  const variable: PostmanKeyValue[] = [];
  const extraVariables: PostmanKeyValue[] = [];
  const path = segments.map((segment) => {
    const whole = /^\{([^{}]+)\}$/.exec(segment);
    if (whole?.[1] && /^[A-Za-z0-9_.-]+$/.test(whole[1])) {
      // A request's own `:name` path variable: Postman keeps these apart from the collection's.
      const name = whole[1];
      const parameter = pathParameters.get(name);
      variable.push({
        key: name,
        value: parameter ? pathValue(document, parameter, budget) : '',
        ...(parameter?.description ? { description: parameter.description } : {}),
      });
      return `:${name}`;
    }
    // A parameter inside a segment (`Machines({id})`): Postman only knows whole-segment `:name`
    // variables, so it becomes a `{{name}}` collection variable — never one of the collection's
    // own (`list{tokenUrl}` gets `{{path_tokenUrl}}`). The literal text around it is made inert.
    return segment
      .split(/(\{[^{}]+\})/)
      .map((part, index) => {
        if (index % 2 === 0) return inertText(part);
        const name = part.slice(1, -1);
        const key = pathVariableName(name);
        const parameter = pathParameters.get(name);
        if (!extraVariables.some((entry) => entry.key === key)) {
          extraVariables.push({
            key,
            value: parameter ? pathValue(document, parameter, budget) : '',
            description: `Path parameter ${inertText(name)} of ${operation.method.toUpperCase()} ${inertText(operation.path)}`,
          });
        }
        return `{{${key}}}`;
      })
      .join('');
  });
  const query: PostmanKeyValue[] = operation.parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => ({
      key: inertText(parameter.name),
      value: text(exampleOf(document, parameter)),
      ...(parameter.description ? { description: parameter.description } : {}),
      // Optional parameters come along switched off, ready to tick.
      ...(parameter.required ? {} : { disabled: true }),
    }));
  const enabled = query.filter((entry) => !entry.disabled);
  const search =
    enabled.length > 0 ? `?${enabled.map((entry) => `${entry.key}=${entry.value}`).join('&')}` : '';
  return {
    url: {
      raw: `{{baseUrl}}/${path.join('/')}${search}`,
      host: ['{{baseUrl}}'],
      path,
      ...(query.length > 0 ? { query } : {}),
      ...(variable.length > 0 ? { variable } : {}),
    },
    extraVariables,
  };
}

/** Top-level credential fields of an example body point at the collection's variables. */
function withCredentialVariables(example: unknown): unknown {
  if (!isRecord(example)) return example;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(example)) {
    const replaced = CLIENT_ID_KEYS.test(key)
      ? '{{clientId}}'
      : CLIENT_SECRET_KEYS.test(key)
        ? '{{clientSecret}}'
        : value;
    Object.defineProperty(copy, key, {
      value: replaced,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** The body example: the document's own, else the sampler's (`truncated` when it was cut short). */
function mediaExample(
  document: JsonObject,
  media: JsonObject,
  budget?: SampleBudget,
): { value: unknown; truncated: boolean } {
  if (media.example !== undefined) return { value: inertValue(media.example), truncated: false };
  const fromExamples = firstExample(document, media.examples);
  if (fromExamples !== undefined) return { value: inertValue(fromExamples), truncated: false };
  const sample = sampleSchema(document, media.schema, budget);
  return { value: inertValue(sample.value), truncated: sample.truncated };
}

export function buildBody(
  document: JsonObject,
  operation: OpenApiOperation,
  budget?: SampleBudget,
): { body: PostmanBody; contentType: string; truncated: boolean } | undefined {
  const content = operation.requestBody?.content;
  if (!isRecord(content)) return undefined;
  const types = Object.keys(content);
  const contentType =
    types.find((type) => /^application\/(.+\+)?json\b/i.test(type)) ??
    types.find((type) => type.toLowerCase() === 'application/x-www-form-urlencoded') ??
    types[0];
  if (!contentType) return undefined;
  const media = deref(document, content[contentType]);
  const sample = isRecord(media) ? mediaExample(document, media, budget) : undefined;
  const example = withCredentialVariables(sample?.value);
  const truncated = sample?.truncated ?? false;
  if (contentType.toLowerCase() === 'application/x-www-form-urlencoded') {
    const fields = isRecord(example) ? Object.entries(example) : [];
    return {
      contentType,
      truncated,
      body: {
        mode: 'urlencoded',
        urlencoded: fields.map(([key, value]) => ({ key, value: text(value), type: 'text' })),
      },
    };
  }
  const json = /json/i.test(contentType);
  const raw =
    example === undefined
      ? ''
      : json || typeof example !== 'string'
        ? JSON.stringify(example, null, 2)
        : example;
  return {
    contentType,
    truncated,
    body: {
      mode: 'raw',
      raw,
      options: { raw: { language: json ? 'json' : /xml/i.test(contentType) ? 'xml' : 'text' } },
    },
  };
}

export function buildHeaders(
  document: JsonObject,
  operation: OpenApiOperation,
  contentType: string | undefined,
): PostmanKeyValue[] {
  const headers: PostmanKeyValue[] = [];
  if (needsToken(operation)) {
    headers.push({
      key: 'Authorization',
      value: 'CwsAuth Bearer={{token}}',
      description: "Filled in by the collection's pre-request script (client credentials).",
    });
  }
  if (declaresHeader(document, operation, 'citrix-customerid'))
    headers.push({ key: 'Citrix-CustomerId', value: '{{customerId}}' });
  if (declaresHeader(document, operation, 'citrix-instanceid')) {
    headers.push({
      key: 'Citrix-InstanceId',
      value: '{{instanceId}}',
      description: 'The DaaS site ID (GET /cvad/manage/me).',
    });
  }
  headers.push({ key: 'Accept', value: 'application/json' });
  if (contentType) headers.push({ key: 'Content-Type', value: contentType });
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'header' || OWN_HEADERS.has(parameter.name.toLowerCase())) continue;
    // A name that is not an HTTP token (`X-{{clientSecret}}`) could never be sent: left out.
    if (!HEADER_NAME.test(parameter.name)) continue;
    headers.push({
      key: parameter.name,
      value: text(exampleOf(document, parameter)),
      ...(parameter.description ? { description: parameter.description } : {}),
      ...(parameter.required ? {} : { disabled: true }),
    });
  }
  return headers;
}

export function requestName(operation: OpenApiOperation): string {
  return operation.summary ?? operation.operationId ?? `${operation.method.toUpperCase()} ${operation.path}`;
}

export function requestDescription(operation: OpenApiOperation): string | undefined {
  const parts = [
    operation.deprecated ? '**Deprecated.**' : '',
    operation.description ?? '',
    operation.operationId ? `Operation ID: \`${operation.operationId}\`` : '',
  ];
  const joined = parts.filter(Boolean).join('\n\n');
  return joined || undefined;
}

export function tagDescriptions(document: JsonObject): Map<string, string> {
  const descriptions = new Map<string, string>();
  if (Array.isArray(document.tags)) {
    for (const tag of document.tags) {
      if (isRecord(tag) && typeof tag.name === 'string' && typeof tag.description === 'string')
        descriptions.set(tag.name, tag.description);
    }
  }
  return descriptions;
}
