import { CITRIX_CONTACT, DEMO, gatewayServers, json, OPENAPI_VERSION, schemaRef } from '../shared-schemas';

const customerIdParam = {
  name: 'customerId',
  in: 'path',
  required: true,
  description: "The customer ID, or the literal `root` (both work: the client's own customer is used).",
  schema: { type: 'string', minLength: 1, maxLength: 64 },
  example: DEMO.customerId,
};

const oauthError = (error: string, description: string) => ({ error, error_description: description });

export const tokenDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Token service (OAuth 2.0)',
    version: '1.0',
    description:
      "Exchanges an API client's ID and secret for a bearer token (OAuth 2.0 client credentials). Send the token on every other call as `Authorization: CwsAuth Bearer=<token>`.\n\nTokens last `expires_in` seconds (one hour) and cannot be refreshed: request a new one.",
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers(''),
  tags: [{ name: 'Tokens', description: 'Generate bearer tokens for API clients.' }],
  paths: {
    '/cctrustoauth2/{customerId}/tokens/clients': {
      post: {
        operationId: 'Tokens_CreateClientToken',
        summary: 'Generate a bearer token (client credentials)',
        description:
          'The body must be `application/x-www-form-urlencoded` **without** a `charset` parameter; JSON is not accepted. URL-encode the secret: it usually contains `+`, `/` and `=`.\n\n`expires_in` is a **string** (`"3600"`).',
        tags: ['Tokens'],
        parameters: [
          customerIdParam,
          {
            name: 'Accept',
            in: 'header',
            required: false,
            description: 'The answer is JSON.',
            schema: { type: 'string', enum: ['application/json'] },
            example: 'application/json',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: schemaRef('ClientCredentialsRequest'),
              example: {
                grant_type: 'client_credentials',
                client_id: '<client-id>',
                client_secret: '<client-secret>',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'A bearer token. Sent with `Cache-Control: no-store` and an `X-Cws-TransactionId` header.',
            headers: {
              'X-Cws-TransactionId': {
                description: 'Quote it to Citrix support.',
                schema: { type: 'string', format: 'uuid' },
              },
              'Cache-Control': { schema: { type: 'string', enum: ['no-store'] } },
            },
            content: json(schemaRef('TokenResponse'), {
              token_type: 'bearer',
              access_token: DEMO.token,
              expires_in: '3600',
            }),
          },
          '400': {
            description: 'Bad credentials, a missing field, another grant type or a wrong content type.',
            content: {
              'application/json': {
                schema: schemaRef('OAuthError'),
                examples: {
                  invalidClient: {
                    summary: 'Wrong client ID or secret',
                    value: oauthError('invalid_client', 'Invalid client id or client secret.'),
                  },
                  unsupportedGrantType: {
                    summary: 'grant_type is not client_credentials',
                    value: oauthError('unsupported_grant_type', 'Unsupported grant type: password.'),
                  },
                  invalidRequest: {
                    summary: 'JSON body or charset parameter',
                    value: oauthError(
                      'invalid_request',
                      'Content-Type must be application/x-www-form-urlencoded (without a charset parameter).',
                    ),
                  },
                },
              },
            },
          },
          '429': {
            description: 'Too many token requests; retry with back-off.',
            content: json(schemaRef('CitrixError'), {
              type: 'https://errors-api.cloud.com/common/rateLimitExceeded',
              detail: 'Rate limit exceeded; try again in 30 seconds',
              parameters: [{ name: 'retryDelay', value: '30' }],
            }),
          },
        },
      },
    },
  },
  components: {
    schemas: {
      ClientCredentialsRequest: {
        type: 'object',
        properties: {
          grant_type: { type: 'string', enum: ['client_credentials'] },
          client_id: { type: 'string', description: "The API client's ID." },
          client_secret: {
            type: 'string',
            description: "The API client's secret, URL-encoded.",
            format: 'password',
          },
        },
        required: ['grant_type', 'client_id', 'client_secret'],
      },
      TokenResponse: {
        type: 'object',
        properties: {
          token_type: { type: 'string', enum: ['bearer'] },
          access_token: { type: 'string', description: 'A JWT.' },
          expires_in: {
            type: 'string',
            pattern: '^[0-9]+$',
            description: 'Lifetime in seconds, as a string.',
          },
        },
        required: ['token_type', 'access_token', 'expires_in'],
      },
      OAuthError: {
        type: 'object',
        properties: {
          error: { type: 'string', enum: ['invalid_client', 'invalid_request', 'unsupported_grant_type'] },
          error_description: { type: 'string' },
        },
        required: ['error'],
      },
      CitrixError: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          detail: { type: 'string' },
          parameters: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } } },
          },
        },
      },
    },
  },
};
