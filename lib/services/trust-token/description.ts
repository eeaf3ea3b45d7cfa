import { CITRIX_CONTACT, DEMO, json, OPENAPI_VERSION, schemaRef } from '../shared-schemas';

export const trustTokenDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Trust service token (deprecated)',
    version: '1.0',
    description:
      '**Deprecated.** The older trust-service flow: a JSON body with the client ID and secret. Use the OAuth 2.0 token service instead; this flow remains for Citrix Cloud Government.',
    contact: CITRIX_CONTACT,
  },
  servers: [{ url: 'https://trust.citrixworkspacesapi.net', description: 'Trust service (commercial)' }],
  tags: [{ name: 'Tokens', description: 'Generate bearer tokens (deprecated flow).' }],
  paths: {
    '/{customer}/tokens/clients': {
      post: {
        operationId: 'Trust_CreateClientToken',
        summary: 'Generate a bearer token (trust service, deprecated)',
        description:
          'Posts `{"ClientId", "ClientSecret"}` as JSON (camelCase `clientId`/`clientSecret` also work). `expiresIn` is a **number** here, unlike the OAuth endpoint.\n\nThe response also carries an `openIdToken`: never store it.',
        tags: ['Tokens'],
        deprecated: true,
        parameters: [
          {
            name: 'customer',
            in: 'path',
            required: true,
            description: 'The customer ID, or `root`.',
            schema: { type: 'string', minLength: 1, maxLength: 64 },
            example: 'root',
          },
          {
            name: 'Accept',
            in: 'header',
            required: false,
            schema: { type: 'string', enum: ['application/json'] },
            example: 'application/json',
          },
        ],
        requestBody: {
          required: true,
          content: json(schemaRef('TrustCredentials'), {
            ClientId: '<client-id>',
            ClientSecret: '<client-secret>',
          }),
        },
        responses: {
          '200': {
            description: 'A bearer token.',
            content: json(schemaRef('TrustTokenResponse'), {
              principal: 'api-client@example.com',
              subject: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
              token: DEMO.token,
              openIdToken: DEMO.token,
              expiresIn: 3600,
            }),
          },
          '400': {
            description: 'The body is not JSON or lacks the credentials.',
            content: json(schemaRef('ModelStateError'), {
              message: 'The request is invalid.',
              modelState: { credentials: ['An error has occurred.'] },
            }),
          },
          '401': {
            description: 'Wrong client ID or secret.',
            content: json(schemaRef('TrustError'), {
              error: 'invalid_client',
              error_description: 'Invalid client id or client secret.',
            }),
          },
          '429': { description: 'Too many token requests.' },
        },
      },
    },
  },
  components: {
    schemas: {
      TrustCredentials: {
        type: 'object',
        properties: { ClientId: { type: 'string' }, ClientSecret: { type: 'string', format: 'password' } },
        required: ['ClientId', 'ClientSecret'],
      },
      TrustTokenResponse: {
        type: 'object',
        properties: {
          principal: { type: 'string' },
          subject: { type: 'string' },
          token: { type: 'string' },
          openIdToken: { type: 'string' },
          expiresIn: { type: 'integer', description: 'Lifetime in seconds, as a number.' },
        },
        required: ['token', 'expiresIn'],
      },
      ModelStateError: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          modelState: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
      },
      TrustError: {
        type: 'object',
        properties: { error: { type: 'string' }, error_description: { type: 'string' } },
      },
    },
  },
};
