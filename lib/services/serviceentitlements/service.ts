import type { CatalogService } from '../types';
import { serviceentitlementsDocument } from './description';

/** serviceentitlements: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const serviceentitlementsService = {
  id: 'serviceentitlements' as const,
  title: 'Service entitlements',
  summary: 'Which Citrix Cloud services a customer is entitled to, and in which state (legacy API).',
  hostKind: 'core',
  basePath: '',
  paging: 'none',
  requiredHeaders: [],
  document: serviceentitlementsDocument,
} satisfies CatalogService;
