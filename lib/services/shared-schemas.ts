/**
 * Building blocks shared by our OpenAPI 3.1 descriptions of Citrix Cloud services. Pure data,
 * client-safe. Every document copies these into its own `components` so that it stays a
 * self-contained description that any OpenAPI tool can read on its own.
 */

export type OpenApiDocument = Record<string, unknown>;

/** Seeded ids of the sandbox's demo customer, used as examples so "Try it" works out of the box. */
export const DEMO = {
  customerId: 'sandboxdemo01',
  siteId: 'd07b0649-ff84-4e01-a764-8b14efe41ce2',
  token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjdXN0b21lcl9pZCI6InNhbmRib3hkZW1vMDEifQ.c2lnbmF0dXJl',
  transactionId: '2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9b',
  /** Sofia Lindqvist, a custom-access administrator. */
  administratorId: '1c87db27-ef7a-4bb7-a0d1-43ed9b43f21d',
  pendingInvitationEmail: 'marcus.chen@contoso.example',
  /** "Azure East US". */
  resourceLocationId: '2f38b051-8c53-4b20-a4c4-f0b3c42975b5',
  /** ctx-cc02.corp.contoso.example. */
  connectorId: '49b0b41c-3325-4c2f-a20b-3174b639bedf',
  /** A completed catalog-listing job every customer starts with. */
  jobId: 'b0583888-b9d9-472b-aeb2-8c0aac21de16',
} as const;

/** Regional API gateways, then the global one, then Japan (reference §1.1). */
const GATEWAY_HOSTS: readonly [string, string][] = [
  ['https://api-us.cloud.com', 'United States'],
  ['https://api-eu.cloud.com', 'European Union'],
  ['https://api-ap-s.cloud.com', 'Asia Pacific South'],
  ['https://api.cloud.com', 'Global (US, EU, AP South)'],
  ['https://api.citrixcloud.jp', 'Japan'],
];

export function gatewayServers(basePath: string) {
  return GATEWAY_HOSTS.map(([origin, description]) => ({ url: `${origin}${basePath}`, description }));
}

export const CITRIX_CONTACT = {
  name: 'Citrix developer documentation',
  url: 'https://developer-docs.citrix.com/',
};

/** Header parameters every api.cloud.com operation takes; referenced as `#/components/parameters/<key>`. */
export const HEADER_PARAMETERS = {
  Authorization: {
    name: 'Authorization',
    in: 'header',
    required: true,
    description:
      "CwsAuth Bearer=<token>\n\nThe bearer token from the token service, in Citrix's own scheme: `CwsAuth Bearer=<token>` (not the standard `Bearer <token>`).",
    schema: { type: 'string', pattern: '^[Cc][Ww][Ss][Aa]uth [Bb]earer=.+$' },
    example: `CwsAuth Bearer=${DEMO.token}`,
  },
  CitrixCustomerId: {
    name: 'Citrix-CustomerId',
    in: 'header',
    required: true,
    description:
      'The Citrix Cloud customer ID (shown in the console under Identity and Access Management → API Access).',
    schema: { type: 'string', minLength: 1, maxLength: 64 },
    example: DEMO.customerId,
  },
  CitrixInstanceId: {
    name: 'Citrix-InstanceId',
    in: 'header',
    required: true,
    description: 'The DaaS site ID (the virtual site ID returned by `GET /cvad/manage/me`).',
    schema: { type: 'string', format: 'uuid' },
    example: DEMO.siteId,
  },
  Accept: {
    name: 'Accept',
    in: 'header',
    required: true,
    description: 'Must be exactly `application/json`: `*/*` or a `charset` parameter are answered with 406.',
    schema: { type: 'string', enum: ['application/json'], default: 'application/json' },
    example: 'application/json',
  },
  CitrixTransactionId: {
    name: 'Citrix-TransactionId',
    in: 'header',
    required: false,
    description:
      "Correlates calls in Citrix's logs. If not provided, a new GUID is generated and returned in the response header.",
    schema: { type: 'string', format: 'uuid' },
    example: DEMO.transactionId,
  },
} as const;

export const paramRef = (name: keyof typeof HEADER_PARAMETERS) => ({
  $ref: `#/components/parameters/${name}`,
});

/** Headers of a current platform service (customer in `Citrix-CustomerId`). */
export const PLATFORM_HEADERS = [
  paramRef('Authorization'),
  paramRef('CitrixCustomerId'),
  paramRef('Accept'),
  paramRef('CitrixTransactionId'),
];

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** `application/json` content with a schema and an example. */
export function json(schema: unknown, example?: unknown) {
  return { 'application/json': example === undefined ? { schema } : { schema, example } };
}

const nameValue = {
  type: 'object',
  properties: { name: { type: 'string' }, value: { type: 'string' } },
  required: ['name', 'value'],
};

/** Citrix Cloud's common error body and the gateway's bare 500 (reference §4). */
export const ERROR_SCHEMAS = {
  CitrixError: {
    type: 'object',
    description: 'The common Citrix Cloud error body.',
    properties: {
      type: { type: 'string', format: 'uri', description: '`https://errors-api.cloud.com/<service>/<code>`' },
      detail: { type: 'string' },
      parameters: {
        description: 'Usually an array of `{name, value}`; some services send an object instead.',
        oneOf: [
          { type: 'array', items: nameValue },
          { type: 'object', additionalProperties: { type: 'string' } },
        ],
      },
    },
    required: ['type', 'detail'],
  },
  GatewayError: {
    type: 'object',
    description: "The API gateway's own error, e.g. when `Citrix-CustomerId` is missing on DaaS.",
    properties: {
      statusCode: { type: 'integer' },
      message: { type: 'string' },
      activityId: { type: 'string', format: 'uuid' },
    },
    required: ['statusCode', 'message'],
  },
};

const err = (code: string, detail: string, parameters: Record<string, string> = {}) => ({
  type: `https://errors-api.cloud.com/${code}`,
  detail,
  parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
});

export const citrixErrorExample = err;

export const ERROR_RESPONSES = {
  Unauthorized: {
    description:
      'Missing, malformed, expired or foreign token (`reason` is `missing` without a header, `invalid` otherwise). Tokens last one hour and cannot be refreshed: generate a new one.',
    content: json(
      schemaRef('CitrixError'),
      err('common/authentication', 'Missing or invalid authentication details', { reason: 'invalid' }),
    ),
  },
  Forbidden: {
    description: 'The API client has no access to this resource.',
    content: json(schemaRef('CitrixError'), err('common/authorization', 'Access denied')),
  },
  NotAcceptable: {
    description: '`Accept` was not exactly `application/json`.',
    content: json(
      schemaRef('CitrixError'),
      err('common/notAcceptable', 'Must accept application/json media type', {
        contentType: 'application/json',
      }),
    ),
  },
  TooManyRequests: {
    description: 'Rate limited; `retryDelay` says how many seconds to wait.',
    content: json(
      schemaRef('CitrixError'),
      err('common/rateLimitExceeded', 'Rate limit exceeded; try again in 4 seconds', { retryDelay: '4' }),
    ),
  },
  GatewayError: {
    description: 'The API gateway failed, e.g. a required Citrix header was missing.',
    content: json(schemaRef('GatewayError'), {
      statusCode: 500,
      message: 'Internal server error',
      activityId: '7f3a9c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
    }),
  },
};

/** The error responses every gateway operation can produce, to spread into `responses`. */
export const COMMON_ERRORS = {
  '401': responseRef('Unauthorized'),
  '403': responseRef('Forbidden'),
  '406': responseRef('NotAcceptable'),
  '429': responseRef('TooManyRequests'),
  '500': responseRef('GatewayError'),
};

/** The `components` every document starts from. */
export function baseComponents(
  extraSchemas: Record<string, unknown> = {},
  extraResponses: Record<string, unknown> = {},
) {
  return {
    parameters: HEADER_PARAMETERS,
    schemas: { ...ERROR_SCHEMAS, ...extraSchemas },
    responses: { ...ERROR_RESPONSES, ...extraResponses },
  };
}

export const OPENAPI_VERSION = '3.1.0';
