import { PLATFORM_HEADERS } from '../platform-headers';
import type { CatalogService } from '../types';
import { connectorsDocument } from './description';

/** connectors: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const connectorsService = {
  id: 'connectors' as const,
  title: 'Connectors',
  summary: "Inspect and remove the Cloud Connectors of a customer's resource locations.",
  hostKind: 'gateway',
  basePath: '/connectors',
  paging: 'none',
  requiredHeaders: PLATFORM_HEADERS,
  document: connectorsDocument,
} satisfies CatalogService;
