import type { CatalogService } from '../types';
import { daasDocument } from './description';

/** daas: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const daasService = {
  id: 'daas' as const,
  title: 'Citrix DaaS REST API',
  summary:
    'Manage sites, machine catalogs, delivery groups, machines and sessions; long operations run as jobs.',
  hostKind: 'gateway',
  basePath: '/cvad/manage',
  paging: 'ContinuationToken (body) / continuationToken (query)',
  requiredHeaders: ['Citrix-CustomerId', 'Citrix-InstanceId'],
  document: daasDocument,
} satisfies CatalogService;
