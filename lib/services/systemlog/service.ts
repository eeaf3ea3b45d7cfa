import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { systemlogDocument } from './description';

/** systemlog: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const systemlogService = {
  id: 'systemlog' as const,
  title: 'SystemLog',
  summary: 'Read the audit trail of configuration changes and administrator actions across Citrix Cloud.',
  hostKind: 'gateway',
  basePath: '/systemlog',
  paging: 'ContinuationToken (body and query)',
  requiredHeaders: PLATFORM_HEADERS,
  document: systemlogDocument,
} satisfies CatalogService;
