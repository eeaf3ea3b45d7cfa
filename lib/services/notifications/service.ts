import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { notificationsDocument } from './description';

/** notifications: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const notificationsService = {
  id: 'notifications' as const,
  title: 'Notifications',
  summary: "Send notifications to a customer's administrators and list the ones sent.",
  hostKind: 'gateway',
  basePath: '/notifications',
  paging: 'none',
  requiredHeaders: PLATFORM_HEADERS,
  document: notificationsDocument,
} satisfies CatalogService;
