import { z } from 'zod';

import type { SandboxContext, ServiceHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { parseBody } from '@/lib/sandbox/validation';

import { customerData, logChange } from '../sandbox-state';

const MAX_STORED = 500;

const notificationSchema = z.object({
  destinationAdmin: z.string().min(1).max(256),
  component: z.string().min(1).max(128),
  createdDate: z.iso.datetime({ offset: true }).optional(),
  eventId: z.uuid(),
  severity: z.enum(['Information', 'Warning', 'Error']),
  priority: z.enum(['Normal', 'High']).default('Normal'),
  content: z
    .array(
      z.object({
        languageTag: z.string().min(2).max(16),
        title: z.string().min(1).max(256),
        description: z.string().max(4096),
        detailUri: z.url().nullable().default(null),
      }),
    )
    .min(1)
    .max(10),
  categories: z.array(z.string().max(64)).max(20).nullable().default(null),
  data: z.record(z.string(), z.unknown()).nullable().default(null),
  externalId: z.string().max(256).nullable().default(null),
  suppressEmail: z.boolean().default(false),
});

function createItems({ body, customerId, claims }: SandboxContext): Response {
  const parsed = parseBody(notificationSchema, body);
  if (!parsed.ok) return parsed.response;
  const data = customerData(customerId);
  const notification = { ...parsed.value, createdDate: parsed.value.createdDate ?? new Date().toISOString() };
  data.notifications.unshift(notification);
  data.notifications.length = Math.min(data.notifications.length, MAX_STORED);
  logChange(data, claims.clientId, {
    eventType: 'notification/create',
    agentId: 'notifications',
    targetType: 'Notification',
    targetId: notification.eventId,
    targetDisplayName: notification.content[0]?.title ?? notification.eventId,
    after: { Severity: notification.severity, DestinationAdmin: notification.destinationAdmin },
    message: `Notification "${notification.content[0]?.title ?? ''}" was sent to ${notification.destinationAdmin === '*' ? 'all administrators' : notification.destinationAdmin}.`,
  });
  return jsonResponse(200, notification);
}

export const notificationsHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    Notifications_GetItems: ({ customerId }) =>
      jsonResponse(200, { items: customerData(customerId).notifications }),
    Notifications_CreateItems: createItems,
  },
};
