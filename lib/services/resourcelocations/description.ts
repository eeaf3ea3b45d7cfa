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

const locationExample = {
  id: DEMO.resourceLocationId,
  name: 'Azure East US',
  internalOnly: false,
  timeZone: 'Eastern Standard Time',
  readOnly: false,
};
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The resource location id.',
  schema: { type: 'string', format: 'uuid' },
  example: DEMO.resourceLocationId,
};
const notFound = {
  description: 'No resource location with that id.',
  content: json(
    schemaRef('CitrixError'),
    citrixErrorExample('common/notFound', 'Resource location not found', {
      entityType: 'ResourceLocation',
      id: DEMO.resourceLocationId,
    }),
  ),
};
const badRequest = {
  description: 'The body is not valid.',
  content: json(
    schemaRef('CitrixError'),
    citrixErrorExample('common/missing', 'The field name is required', { name: 'name' }),
  ),
};

export const resourcelocationsDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Resource locations',
    version: '1.0',
    description:
      "A resource location is where a customer's resources live (a data centre, a cloud region) and where its Cloud Connectors run. Bodies are **camelCase**.",
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/resourcelocations'),
  tags: [{ name: 'Locations', description: 'Resource locations of a customer.' }],
  paths: {
    '/': {
      get: {
        operationId: 'Locations_GetAll',
        summary: 'List resource locations',
        description: 'Returns every resource location of the customer in `items`.',
        tags: ['Locations'],
        parameters: [...PLATFORM_HEADERS],
        responses: {
          '200': {
            description: 'The resource locations.',
            content: json(schemaRef('ResourceLocationList'), { items: [locationExample] }),
          },
          ...COMMON_ERRORS,
        },
      },
      post: {
        operationId: 'Locations_Create',
        summary: 'Create a resource location',
        description: 'Creates a resource location. Names may not contain `/ \\ # ? % | [ ] { } < > $ ^ & +`.',
        tags: ['Locations'],
        parameters: [...PLATFORM_HEADERS],
        requestBody: {
          required: true,
          content: json(schemaRef('ResourceLocationInput'), {
            name: 'Frankfurt DC',
            internalOnly: false,
            timeZone: 'W. Europe Standard Time',
          }),
        },
        responses: {
          '200': {
            description: 'The new resource location.',
            content: json(schemaRef('ResourceLocation'), {
              ...locationExample,
              name: 'Frankfurt DC',
              timeZone: 'W. Europe Standard Time',
            }),
          },
          '400': badRequest,
          ...COMMON_ERRORS,
        },
      },
    },
    '/{id}': {
      get: {
        operationId: 'Locations_Get',
        summary: 'Get a resource location',
        description: 'Returns one resource location.',
        tags: ['Locations'],
        parameters: [...PLATFORM_HEADERS, idParam],
        responses: {
          '200': {
            description: 'The resource location.',
            content: json(schemaRef('ResourceLocation'), locationExample),
          },
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
      put: {
        operationId: 'Locations_Update',
        summary: 'Update a resource location',
        description:
          'Renames a resource location or changes its time zone or connectivity. Locations managed by Citrix (`readOnly`) cannot be changed.',
        tags: ['Locations'],
        parameters: [...PLATFORM_HEADERS, idParam],
        requestBody: {
          required: true,
          content: json(schemaRef('ResourceLocationInput'), {
            name: 'Azure East US 2',
            internalOnly: false,
            timeZone: 'Eastern Standard Time',
          }),
        },
        responses: {
          '200': {
            description: 'The updated resource location.',
            content: json(schemaRef('ResourceLocation'), { ...locationExample, name: 'Azure East US 2' }),
          },
          '400': badRequest,
          '404': notFound,
          ...COMMON_ERRORS,
        },
      },
      delete: {
        operationId: 'Locations_Delete',
        summary: 'Delete a resource location',
        description:
          'Deletes a resource location. Locations managed by Citrix (`readOnly`) cannot be deleted (403).',
        tags: ['Locations'],
        parameters: [...PLATFORM_HEADERS, idParam],
        responses: { '204': { description: 'Deleted.' }, '404': notFound, ...COMMON_ERRORS },
      },
    },
  },
  components: baseComponents({
    ResourceLocationInput: {
      type: 'object',
      properties: {
        name: { type: 'string', pattern: '^[^/\\\\#?%|\\[\\]{}<>$^&+]+$', maxLength: 64 },
        internalOnly: {
          type: 'boolean',
          default: false,
          description: 'Connectivity: internal only (no gateway).',
        },
        timeZone: {
          type: 'string',
          description: 'A Windows time zone id, e.g. `GMT Standard Time`.',
          default: 'UTC',
        },
      },
      required: ['name'],
    },
    ResourceLocation: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        name: { type: 'string' },
        internalOnly: { type: 'boolean' },
        timeZone: { type: 'string' },
        readOnly: { type: 'boolean', description: 'Managed by Citrix.' },
      },
      required: ['id', 'name', 'internalOnly', 'timeZone', 'readOnly'],
    },
    ResourceLocationList: {
      type: 'object',
      properties: { items: { type: 'array', items: schemaRef('ResourceLocation') } },
      required: ['items'],
    },
  }),
};
