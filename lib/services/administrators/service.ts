import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { administratorsDocument } from './description';

/** administrators: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const administratorsService = {
  id: 'administrators' as const,
  title: 'Administrators',
  summary: 'List, invite and remove Citrix Cloud administrators and change their access.',
  hostKind: 'gateway',
  basePath: '/administrators',
  paging: 'continuationToken (body) / requestContinuation (query)',
  requiredHeaders: PLATFORM_HEADERS,
  document: administratorsDocument,
} satisfies CatalogService;
