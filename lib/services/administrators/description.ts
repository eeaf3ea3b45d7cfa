import {
  baseComponents,
  CITRIX_CONTACT,
  COMMON_ERRORS,
  DEMO,
  gatewayServers,
  json,
  OPENAPI_VERSION,
  PLATFORM_HEADERS,
  schemaRef,
} from '../shared-schemas';

const problem = (status: number, title: string, detail: string) => ({
  type: `https://tools.ietf.org/html/rfc9110#section-15.5.${status === 404 ? 5 : 1}`,
  title,
  status,
  detail,
  instance: '/administrators',
});

const adminExample = {
  customerId: DEMO.customerId,
  ucOid: 'OID:/citrixsts/5f0e1d2c-3b4a-4968-a7b6-c5d4e3f2a1b0',
  userId: DEMO.administratorId,
  type: 'AdministratorUser',
  accessType: 'Custom',
  firstName: 'Sofia',
  lastName: 'Lindqvist',
  displayName: 'Sofia Lindqvist',
  email: 'sofia.lindqvist@contoso.example',
  providerType: 'CitrixSts',
  pending: false,
  invitationExpired: false,
  createdDate: '2024-10-14T09:12:44Z',
  updatedDate: '2024-10-14T09:12:44Z',
  notificationsEmailPreferences: {
    sendNotificationEmails: true,
    notificationsSubscribed: [{ type: 'Error', enabled: true }],
  },
};

const accessExample = {
  accessType: 'Custom',
  policies: [
    {
      name: 'systemlog',
      displayName: 'System Log',
      serviceName: 'Platform',
      checkable: { value: true, canChangeValue: true },
      scopeChoices: null,
    },
    {
      name: 'xendesktop-helpdesk',
      displayName: 'Help Desk Administrator',
      serviceName: 'XenDesktop',
      checkable: { value: true, canChangeValue: true },
      scopeChoices: { allScopesSelected: true, choices: [] },
    },
  ],
};

const problemResponse = (description: string, example: unknown) => ({
  description,
  content: json(schemaRef('ProblemDetails'), example),
});
const notFound = problemResponse(
  'No administrator with that id.',
  problem(404, 'Not Found', 'Administrator not found.'),
);
const badRequest = problemResponse(
  'A parameter or the body is not valid.',
  problem(400, 'Bad Request', 'The email field is required.'),
);
const checkable = {
  type: 'object',
  properties: { value: { type: 'boolean' }, canChangeValue: { type: 'boolean' } },
};

export const administratorsDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Administrators',
    version: '1.0',
    description:
      'Manage the administrators of a Citrix Cloud customer: users, groups and service principals, their access (full or custom policies) and pending invitations. Bodies are **camelCase**; errors are RFC 7807 `ProblemDetails`.',
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/administrators'),
  tags: [{ name: 'Administrators', description: 'Administrators and their access.' }],
  paths: {
    '/': {
      get: {
        operationId: 'FetchAdministrators',
        summary: 'List administrators',
        description:
          "Returns the customer's administrators, including pending invitations. Page with `maxItemCount`; when more remain, pass the answer's `continuationToken` back as `requestContinuation`.",
        tags: ['Administrators'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'type',
            in: 'query',
            required: false,
            description: 'Only this administrator type.',
            schema: schemaRef('AdministratorType'),
          },
          {
            name: 'providerType',
            in: 'query',
            required: false,
            description: 'Only this identity provider.',
            schema: schemaRef('ProviderType'),
          },
          {
            name: 'maxItemCount',
            in: 'query',
            required: false,
            description: 'Items per page (default 100).',
            schema: { type: 'string', pattern: '^[0-9]+$' },
            example: '3',
          },
          {
            name: 'requestContinuation',
            in: 'query',
            required: false,
            description: "The previous page's `continuationToken`.",
            schema: { type: 'string', maxLength: 8192 },
          },
          {
            name: 'id',
            in: 'query',
            required: false,
            description: 'Only the user administrator with this user id (exclusive with the other filters).',
            schema: { type: 'string', maxLength: 100 },
          },
        ],
        responses: {
          '200': {
            description: 'A page of administrators.',
            content: json(schemaRef('AdministratorsResult'), {
              items: [adminExample],
              continuationToken: null,
            }),
          },
          '400': badRequest,
          ...COMMON_ERRORS,
        },
      },
    },
    '/{id}/access': {
      get: {
        operationId: 'GetAdministratorAccess',
        summary: "Get an administrator's access",
        description:
          'Returns the access type and the policies an administrator holds. `id` is the user id for Citrix and Azure AD users, the `ucOid` for the others.',
        tags: ['Administrators'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'User id or ucOid.',
            schema: { type: 'string' },
            example: DEMO.administratorId,
          },
        ],
        responses: {
          '200': {
            description: "The administrator's access.",
            content: json(schemaRef('AdministratorAccessModel'), accessExample),
          },
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
    },
    '/$create': {
      post: {
        operationId: 'CreateAdministrator',
        summary: 'Invite an administrator',
        description:
          'Invites a user (by e-mail) or adds a group with full or custom access. A user stays `pending` until the invitation is accepted.',
        tags: ['Administrators'],
        parameters: [...PLATFORM_HEADERS],
        requestBody: {
          required: true,
          content: json(schemaRef('CreateAdministratorInputModel'), {
            type: 'AdministratorUser',
            providerType: 'CitrixSts',
            accessType: 'Custom',
            email: 'new.admin@contoso.example',
            firstName: 'Noor',
            lastName: 'Haddad',
            displayName: 'Noor Haddad',
            policies: accessExample.policies,
          }),
        },
        responses: {
          '200': {
            description: 'The new administrator.',
            content: json(schemaRef('AdministratorResult'), { ...adminExample, pending: true, userId: null }),
          },
          '400': badRequest,
          '409': problemResponse(
            'An administrator with that e-mail exists.',
            problem(409, 'Conflict', 'Administrator already exists.'),
          ),
          ...COMMON_ERRORS,
        },
      },
    },
    '/access': {
      put: {
        operationId: 'UpdateAdministratorAccess',
        summary: "Change an administrator's access",
        description:
          'Replaces the access type and policies of the administrator named by the `id` query parameter.',
        tags: ['Administrators'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'id',
            in: 'query',
            required: true,
            description: 'User id or ucOid.',
            schema: { type: 'string', maxLength: 100 },
            example: DEMO.administratorId,
          },
        ],
        requestBody: {
          required: true,
          content: json(schemaRef('AdministratorAccessModel'), { ...accessExample, accessType: 'Full' }),
        },
        responses: {
          '200': { description: 'Access updated (no body).' },
          '400': badRequest,
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
    },
    '/{id}': {
      delete: {
        operationId: 'DeleteAdministrator',
        summary: 'Remove an administrator',
        description: 'Removes an administrator and all their access.',
        tags: ['Administrators'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'User id or ucOid.',
            schema: { type: 'string', maxLength: 100 },
            example: DEMO.administratorId,
          },
        ],
        responses: { '200': { description: 'Removed (no body).' }, '404': notFound, ...COMMON_ERRORS },
      },
    },
    '/invitations': {
      delete: {
        operationId: 'DeleteInvitation',
        summary: 'Withdraw a pending invitation',
        description:
          'Withdraws the pending invitation sent to `email` and answers `true`; 404 when no invitation to that address is pending.',
        tags: ['Administrators'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'email',
            in: 'query',
            required: true,
            schema: { type: 'string', format: 'email', maxLength: 256 },
            example: DEMO.pendingInvitationEmail,
          },
        ],
        responses: {
          '200': {
            description: 'Whether an invitation was withdrawn.',
            content: json({ type: 'boolean' }, true),
          },
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
    },
  },
  components: baseComponents({
    ProblemDetails: {
      type: 'object',
      description: 'RFC 7807 problem details.',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
      },
    },
    AdministratorType: {
      type: 'string',
      enum: ['AdministratorUser', 'AdministratorGroup', 'ServicePrincipal'],
    },
    AccessType: { type: 'string', enum: ['Full', 'Custom', 'Reinvite'] },
    ProviderType: { type: 'string', enum: ['Ad', 'AzureAd', 'CitrixSts', 'Google'] },
    AdministratorResult: {
      type: 'object',
      properties: {
        customerId: { type: 'string' },
        ucOid: { type: 'string' },
        userId: { type: ['string', 'null'] },
        type: schemaRef('AdministratorType'),
        accessType: schemaRef('AccessType'),
        firstName: { type: ['string', 'null'] },
        lastName: { type: ['string', 'null'] },
        displayName: { type: 'string' },
        email: { type: ['string', 'null'] },
        providerType: schemaRef('ProviderType'),
        pending: { type: 'boolean' },
        invitationExpired: { type: 'boolean' },
        createdDate: { type: 'string', format: 'date-time' },
        updatedDate: { type: 'string', format: 'date-time' },
        notificationsEmailPreferences: { type: 'object', additionalProperties: true },
      },
    },
    AdministratorsResult: {
      type: 'object',
      properties: {
        items: { type: 'array', items: schemaRef('AdministratorResult') },
        continuationToken: { type: ['string', 'null'] },
      },
      required: ['items'],
    },
    AdministratorAccessPolicy: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        displayName: { type: 'string' },
        serviceName: { type: 'string' },
        checkable,
        scopeChoices: {
          type: ['object', 'null'],
          properties: {
            allScopesSelected: { type: 'boolean' },
            choices: {
              type: 'array',
              items: {
                type: 'object',
                properties: { name: { type: 'string' }, displayName: { type: 'string' }, checkable },
              },
            },
          },
        },
      },
      required: ['name'],
    },
    AdministratorAccessModel: {
      type: 'object',
      properties: {
        accessType: schemaRef('AccessType'),
        policies: { type: 'array', items: schemaRef('AdministratorAccessPolicy') },
      },
      required: ['accessType'],
    },
    CreateAdministratorInputModel: {
      type: 'object',
      properties: {
        type: schemaRef('AdministratorType'),
        providerType: schemaRef('ProviderType'),
        accessType: schemaRef('AccessType'),
        email: { type: 'string', format: 'email' },
        firstName: { type: 'string' },
        lastName: { type: 'string' },
        displayName: { type: 'string' },
        externalProviderId: { type: 'string' },
        externalUserId: { type: 'string' },
        policies: { type: 'array', items: schemaRef('AdministratorAccessPolicy') },
      },
      required: ['type', 'providerType', 'accessType'],
    },
  }),
};
