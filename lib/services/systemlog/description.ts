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

const recordExample = {
  RecordId: '5d1c2b7a-3e4f-4a6b-9c8d-0e1f2a3b4c5d-638747712000000000',
  UtcTimestamp: '2025-02-11T09:20:00Z',
  CustomerId: DEMO.customerId,
  EventType: 'administrator/update',
  TargetId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  TargetDisplayName: 'Dana Whitfield',
  TargetEmail: 'dana.whitfield@contoso.example',
  TargetUserId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  TargetType: 'Administrator',
  BeforeChanges: { AccessType: 'Custom' },
  AfterChanges: { AccessType: 'Full' },
  AgentId: 'delegatedadministration',
  ServiceProfileName: null,
  ActorId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  ActorDisplayName: 'Ravi Menon',
  ActorType: 'User',
  Message: {
    'en-US': 'Administrator Dana Whitfield access changed from Custom to Full.',
    'de-DE':
      'Der Zugriff von Administrator Dana Whitfield wurde von Benutzerdefiniert in Vollständig geändert.',
    'es-ES': 'El acceso del administrador Dana Whitfield cambió de Personalizado a Completo.',
    'fr-FR': "L'accès de l'administrateur Dana Whitfield est passé de Personnalisé à Complet.",
    'ja-JP': '管理者 Dana Whitfield のアクセスがカスタムからフルに変更されました。',
  },
};

const nullableString = { type: ['string', 'null'] };

export const systemlogDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'SystemLog',
    version: '1.0',
    description:
      'SystemLog records every configuration change and administrator action across Citrix Cloud services: who did what, to which target, and when. Records are paged with an opaque `ContinuationToken`.',
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/systemlog'),
  tags: [{ name: 'Records', description: 'Read the audit trail of a customer.' }],
  paths: {
    '/records': {
      get: {
        operationId: 'GetRecords',
        summary: 'Get system log records',
        description:
          'Returns the records logged between `StartDateTime` and `EndDateTime` (UTC, `yyyy-MM-ddTHH:mm:ssZ`), newest first, at most `Limit` per page.\n\nWhen more records match, the response carries a `ContinuationToken`: pass it back unchanged (with the same dates) to get the next page. It is `null` on the last page. `EstimatedTotalItems` is an estimate of all matching records.',
        tags: ['Records'],
        parameters: [
          ...PLATFORM_HEADERS,
          {
            name: 'StartDateTime',
            in: 'query',
            required: false,
            description: 'Earliest record time, UTC. Defaults to the beginning of the log.',
            schema: { type: 'string', format: 'date-time' },
            example: '2025-01-01T00:00:00Z',
          },
          {
            name: 'EndDateTime',
            in: 'query',
            required: false,
            description: 'Latest record time, UTC. Defaults to now. Must not be before `StartDateTime`.',
            schema: { type: 'string', format: 'date-time' },
            example: '2030-12-31T23:59:59Z',
          },
          {
            name: 'Limit',
            in: 'query',
            required: false,
            description: 'Records per page, between 1 and 200.',
            schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            example: 50,
          },
          {
            name: 'ContinuationToken',
            in: 'query',
            required: false,
            description: 'The opaque `ContinuationToken` of the previous page.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description: 'One page of records.',
            content: json(schemaRef('RecordsPage'), {
              Items: [recordExample],
              Count: 1,
              EstimatedTotalItems: 260,
              ContinuationToken: 'eyJvIjo1MCwicSI6IjE3MzU2ODk2MDAtMTkyNDk5MTk5OSJ9',
            }),
          },
          '400': {
            description: 'A parameter is out of range or malformed.',
            content: {
              'application/json': {
                schema: schemaRef('CitrixError'),
                examples: {
                  limitOutOfRange: {
                    summary: 'Limit outside 1–200',
                    value: citrixErrorExample(
                      'common/outOfRange',
                      'Maximum items per page is between 1 and 200',
                      { limit: '10000000' },
                    ),
                  },
                  dateRange: {
                    summary: 'Start after end',
                    value: citrixErrorExample(
                      'systemlog/getRecordsDateTimeRangeInvalid',
                      'Start DateTime cannot be after the end DateTime.',
                      {
                        startDateTime: '2025-03-01T00:00:00Z',
                        endDateTime: '2025-02-01T00:00:00Z',
                      },
                    ),
                  },
                },
              },
            },
          },
          ...COMMON_ERRORS,
        },
      },
    },
  },
  components: baseComponents({
    Record: {
      type: 'object',
      description: 'One logged event.',
      properties: {
        RecordId: { type: 'string' },
        UtcTimestamp: { type: 'string', format: 'date-time' },
        CustomerId: { type: 'string' },
        EventType: { type: 'string', description: '`<entity>/<action>`, e.g. `administrator/update`.' },
        TargetId: nullableString,
        TargetDisplayName: nullableString,
        TargetEmail: nullableString,
        TargetUserId: nullableString,
        TargetType: nullableString,
        BeforeChanges: { type: ['object', 'null'], additionalProperties: true },
        AfterChanges: { type: ['object', 'null'], additionalProperties: true },
        AgentId: { type: 'string', description: 'The service that logged the record.' },
        ServiceProfileName: nullableString,
        ActorId: nullableString,
        ActorDisplayName: nullableString,
        ActorType: { type: 'string', enum: ['User', 'System', 'ApiClient'] },
        Message: {
          type: 'object',
          description: 'The human-readable message, per language tag.',
          additionalProperties: { type: 'string' },
        },
      },
      required: ['RecordId', 'UtcTimestamp', 'CustomerId', 'EventType', 'AgentId', 'Message'],
    },
    RecordsPage: {
      type: 'object',
      properties: {
        Items: { type: 'array', items: schemaRef('Record') },
        Count: { type: 'integer', description: 'Records on this page.' },
        EstimatedTotalItems: { type: 'integer' },
        ContinuationToken: {
          ...nullableString,
          description: 'Pass back to get the next page; `null` on the last page.',
        },
      },
      required: ['Items', 'Count', 'ContinuationToken'],
    },
  }),
};
