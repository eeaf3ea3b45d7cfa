import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { resourcelocationsDocument } from './description';

/** resourcelocations: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const resourcelocationsService = {
  id: 'resourcelocations' as const,
  title: 'Resource locations',
  summary: 'Create, read, update and delete the resource locations where Cloud Connectors run.',
  hostKind: 'gateway',
  basePath: '/resourcelocations',
  paging: 'none',
  requiredHeaders: PLATFORM_HEADERS,
  document: resourcelocationsDocument,
} satisfies CatalogService;
