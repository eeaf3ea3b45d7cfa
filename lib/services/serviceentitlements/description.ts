import {
  baseComponents,
  CITRIX_CONTACT,
  COMMON_ERRORS,
  DEMO,
  json,
  OPENAPI_VERSION,
  paramRef,
  schemaRef,
} from '../shared-schemas';

const STATES = [
  'NotOnboarded',
  'Expired',
  'Default',
  'ProductionTrialDenied',
  'ProductionTrialPending',
  'ProductionTrialApproved',
  'ProductionTrial',
  'ProductionTrialDeleted',
  'ProductionPending',
  'Production',
  'PartnerProductionPending',
  'PartnerProduction',
  'NotOnboardedTrialPending',
];

export const serviceentitlementsDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Service entitlements',
    version: '1.0',
    description:
      'Which Citrix Cloud services a customer is entitled to, and in which state (trial, production, expired…). A legacy platform API: the customer goes in the **path**, not in `Citrix-CustomerId`.',
    contact: CITRIX_CONTACT,
  },
  servers: [
    { url: 'https://core.citrixworkspacesapi.net', description: 'Citrix Cloud core platform (legacy host)' },
  ],
  tags: [{ name: 'ServiceStates', description: 'Service entitlement states.' }],
  paths: {
    '/{customer}/serviceStates': {
      get: {
        operationId: 'ServiceState_GetAll',
        summary: 'Get service entitlement states',
        description:
          'Returns one entry per Citrix Cloud service with its entitlement `state`, licensed `quantity` and days to expiration.',
        tags: ['ServiceStates'],
        parameters: [
          {
            name: 'customer',
            in: 'path',
            required: true,
            description: 'The customer ID.',
            schema: { type: 'string', minLength: 1, maxLength: 64 },
            example: DEMO.customerId,
          },
          paramRef('Authorization'),
          paramRef('Accept'),
          paramRef('CitrixTransactionId'),
        ],
        responses: {
          '200': {
            description: 'The service states.',
            content: json(schemaRef('ServiceStateList'), {
              items: [
                {
                  serviceName: 'xendesktop',
                  state: 'Production',
                  type: 'Production',
                  quantity: 100,
                  daysToExpiration: 622,
                  futureEntitlementStartDate: null,
                },
              ],
            }),
          },
          ...COMMON_ERRORS,
        },
      },
    },
  },
  components: baseComponents({
    ServiceState: {
      type: 'object',
      properties: {
        serviceName: {
          type: 'string',
          examples: ['xendesktop', 'wem', 'applayering', 'netscalergateway', 'sharefile'],
        },
        state: { type: 'string', enum: STATES },
        type: { type: 'string' },
        quantity: { type: 'integer' },
        daysToExpiration: { type: ['integer', 'null'] },
        futureEntitlementStartDate: { type: ['string', 'null'], format: 'date-time' },
      },
      required: ['serviceName', 'state'],
    },
    ServiceStateList: {
      type: 'object',
      properties: { items: { type: 'array', items: schemaRef('ServiceState') } },
      required: ['items'],
    },
  }),
};
