import {
  baseComponents,
  CITRIX_CONTACT,
  citrixErrorExample,
  COMMON_ERRORS,
  gatewayServers,
  json,
  OPENAPI_VERSION,
  PLATFORM_HEADERS,
  schemaRef,
} from '../shared-schemas';

const sendExample = {
  destinationAdmin: '*',
  component: 'Citrix Cloud',
  createdDate: '2025-02-11T09:20:00.000Z',
  eventId: '0f6b2c9e-7d41-4a3a-9e1b-5c8d2f7a6b10',
  severity: 'Information',
  priority: 'Normal',
  content: [
    {
      languageTag: 'en-US',
      title: 'Maintenance window tonight',
      description: 'Desktops will restart at 22:00 UTC.',
    },
  ],
};

const notificationExample = {
  ...sendExample,
  categories: null,
  content: [{ ...sendExample.content[0], detailUri: null }],
  data: null,
  externalId: null,
  suppressEmail: false,
};

const nullableString = { type: ['string', 'null'] };

export const notificationsDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Notifications',
    version: '1.0',
    description:
      "Send notifications to the administrators of a Citrix Cloud customer and read the ones already sent. They appear in the console's notification centre and, unless suppressed, by e-mail.",
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/notifications'),
  tags: [{ name: 'Notifications', description: 'Administrator notifications.' }],
  paths: {
    '/': {
      get: {
        operationId: 'Notifications_GetItems',
        summary: 'List notifications',
        description:
          "Returns the notifications sent to this customer's administrators, newest first, in `items`.",
        tags: ['Notifications'],
        parameters: [...PLATFORM_HEADERS],
        responses: {
          '200': {
            description: 'The notifications.',
            content: json(schemaRef('NotificationList'), { items: [notificationExample] }),
          },
          ...COMMON_ERRORS,
        },
      },
      post: {
        operationId: 'Notifications_CreateItems',
        summary: 'Send a notification to administrators',
        description:
          "Sends a notification. `destinationAdmin` is `*` for every administrator or one administrator's e-mail. `eventId` is your own GUID; `content` carries one entry per language (`en-US` at least).\n\nThe answer echoes the notification with the fields Citrix fills in.",
        tags: ['Notifications'],
        parameters: [...PLATFORM_HEADERS],
        requestBody: { required: true, content: json(schemaRef('NotificationRequest'), sendExample) },
        responses: {
          '200': {
            description: 'The notification as stored.',
            content: json(schemaRef('Notification'), notificationExample),
          },
          '400': {
            description: 'A required field is missing or a value is not allowed.',
            content: json(
              schemaRef('CitrixError'),
              citrixErrorExample('common/missing', 'The field content is required', { name: 'content' }),
            ),
          },
          ...COMMON_ERRORS,
        },
      },
    },
  },
  components: baseComponents({
    Severity: { type: 'string', enum: ['Information', 'Warning', 'Error'] },
    Priority: { type: 'string', enum: ['Normal', 'High'] },
    NotificationContentRequest: {
      type: 'object',
      properties: {
        languageTag: { type: 'string', example: 'en-US' },
        title: { type: 'string', maxLength: 256 },
        description: { type: 'string', maxLength: 4096 },
        detailUri: { ...nullableString, format: 'uri' },
      },
      required: ['languageTag', 'title', 'description'],
    },
    NotificationRequest: {
      type: 'object',
      properties: {
        destinationAdmin: {
          type: 'string',
          description: "`*` for all administrators, or an administrator's e-mail.",
        },
        component: { type: 'string', description: 'Who is sending, shown as the source.' },
        createdDate: { type: 'string', format: 'date-time' },
        eventId: { type: 'string', format: 'uuid' },
        severity: schemaRef('Severity'),
        priority: schemaRef('Priority'),
        content: { type: 'array', minItems: 1, items: schemaRef('NotificationContentRequest') },
        categories: { type: ['array', 'null'], items: { type: 'string' } },
        data: { type: ['object', 'null'], additionalProperties: true },
        externalId: nullableString,
        suppressEmail: { type: 'boolean', default: false },
      },
      required: ['destinationAdmin', 'component', 'eventId', 'severity', 'content'],
    },
    Notification: {
      allOf: [
        schemaRef('NotificationRequest'),
        { type: 'object', required: ['createdDate', 'priority', 'suppressEmail'] },
      ],
    },
    NotificationList: {
      type: 'object',
      properties: { items: { type: 'array', items: schemaRef('Notification') } },
      required: ['items'],
    },
  }),
};
