import {
  baseComponents,
  CITRIX_CONTACT,
  citrixErrorExample,
  COMMON_ERRORS,
  DEMO,
  gatewayServers,
  json,
  OPENAPI_VERSION,
  PLATFORM_HEADERS,
  schemaRef,
} from '../shared-schemas';

const connectorExample = {
  id: DEMO.connectorId,
  fqdn: 'ctx-cc02.corp.contoso.example',
  role: 'Secondary',
  windowsSid: 'S-1-5-21-3623811015-3361044348-30300820-1102',
  location: '8324fc76-c424-4405-a4e6-cfafdc97fc93',
  currentVersion: '6.80.0.1',
  currentBootstrapperVersion: '6.82.0.13',
  expectedVersion: '6.82.0.13',
  expectedBootStrapperVersion: '6.82.0.13',
  versionState: 'Outdated',
  inMaintenance: false,
  leaseEndDateTime: '2025-02-25T09:20:00Z',
  upgradeDisabled: false,
  connectorType: 'Windows',
  status: 'Available',
  lastContactDate: '2025-02-11T09:19:00Z',
};
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The connector id.',
  schema: { type: 'string', format: 'uuid' },
  example: DEMO.connectorId,
};
const notFound = {
  description: 'No connector with that id.',
  content: json(
    schemaRef('CitrixError'),
    citrixErrorExample('common/notFound', 'Connector not found', {
      entityType: 'Connector',
      id: DEMO.connectorId,
    }),
  ),
};

export const connectorsDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Connectors',
    version: '1.0',
    description:
      "Cloud Connectors (Windows) and Connector Appliances (Unified) installed in the customer's resource locations: their versions, status and upgrade state. Bodies are **camelCase**.",
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/connectors'),
  tags: [{ name: 'Connectors', description: 'Cloud Connectors of a customer.' }],
  paths: {
    '/': {
      get: {
        operationId: 'Connectors_GetAll',
        summary: 'List connectors',
        description:
          'Returns the connectors of the customer as a JSON **array**, optionally only those of one resource location or type.',
        tags: ['Connectors'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'Location',
            in: 'query',
            required: false,
            description: 'Only connectors of this resource location id.',
            schema: { type: 'string' },
            example: '8324fc76-c424-4405-a4e6-cfafdc97fc93',
          },
          {
            name: 'ExtendedData',
            in: 'query',
            required: false,
            description: 'Include lease and Windows details.',
            schema: { type: 'boolean', default: false },
          },
          {
            name: 'ConnectorType',
            in: 'query',
            required: false,
            description: 'Only connectors of this type.',
            schema: schemaRef('ConnectorType'),
          },
          {
            name: 'RetrieveExpectedVersion',
            in: 'query',
            required: false,
            description: 'Fill `expectedVersion` and `expectedBootStrapperVersion`.',
            schema: { type: 'boolean', default: false },
          },
        ],
        responses: {
          '200': {
            description: 'The connectors.',
            content: json({ type: 'array', items: schemaRef('Connector') }, [connectorExample]),
          },
          '400': {
            description: 'A filter value is not allowed.',
            content: json(
              schemaRef('CitrixError'),
              citrixErrorExample('common/invalidEnum', 'ConnectorType is not valid', {
                name: 'ConnectorType',
              }),
            ),
          },
          ...COMMON_ERRORS,
        },
      },
    },
    '/{id}': {
      get: {
        operationId: 'Connectors_Get',
        summary: 'Get a connector',
        description: 'Returns one connector.',
        tags: ['Connectors'],
        parameters: [...PLATFORM_HEADERS, idParam],
        responses: {
          '200': { description: 'The connector.', content: json(schemaRef('Connector'), connectorExample) },
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
      delete: {
        operationId: 'Connectors_Delete',
        summary: 'Delete a connector',
        description: 'Removes a connector from the customer. Answers `true`.',
        tags: ['Connectors'],
        parameters: [...PLATFORM_HEADERS, idParam],
        responses: {
          '200': { description: 'Deleted.', content: json({ type: 'boolean' }, true) },
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
    },
  },
  components: baseComponents({
    ConnectorType: { type: 'string', enum: ['Windows', 'Unified'] },
    Connector: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        fqdn: { type: 'string' },
        role: { type: 'string', enum: ['Primary', 'Secondary'] },
        windowsSid: { type: ['string', 'null'] },
        location: { type: 'string', description: 'Resource location id.' },
        currentVersion: { type: 'string' },
        currentBootstrapperVersion: { type: 'string' },
        expectedVersion: { type: ['string', 'null'] },
        expectedBootStrapperVersion: { type: ['string', 'null'] },
        versionState: { type: 'string', enum: ['Current', 'Outdated', 'Upgrading'] },
        inMaintenance: { type: 'boolean' },
        leaseEndDateTime: { type: ['string', 'null'], format: 'date-time' },
        upgradeDisabled: { type: 'boolean' },
        connectorType: schemaRef('ConnectorType'),
        status: { type: 'string', enum: ['Available', 'Unavailable'] },
        lastContactDate: { type: 'string', format: 'date-time' },
      },
      required: ['id', 'fqdn', 'location', 'connectorType', 'status'],
    },
  }),
};
