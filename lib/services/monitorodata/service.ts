import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { monitorodataDocument } from './description';

/** monitorodata: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const monitorodataService = {
  id: 'monitorodata' as const,
  title: 'Monitor Service OData',
  summary: 'Query machines and sessions history with OData v4 ($filter, $top, $count, $expand).',
  hostKind: 'gateway',
  basePath: '/monitorodata',
  paging: '@odata.nextLink',
  requiredHeaders: PLATFORM_HEADERS,
  document: monitorodataDocument,
} satisfies CatalogService;
