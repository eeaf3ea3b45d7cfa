import { systemlogDocument } from './specs/systemlog';
import type { CatalogService } from './types';

/**
 * The built-in catalog: our own OpenAPI 3.1 descriptions of the Citrix Cloud services, in the
 * order the catalog page lists them. Client-safe (plain data).
 */
export const CATALOG: readonly CatalogService[] = [
  {
    id: 'systemlog',
    title: 'SystemLog',
    summary: 'Read the audit trail of configuration changes and administrator actions across Citrix Cloud.',
    hostKind: 'gateway',
    basePath: '/systemlog',
    paging: 'ContinuationToken (body and query)',
    requiredHeaders: ['Citrix-CustomerId'],
    document: systemlogDocument,
  },
];

/** The catalog service with this id, or undefined (also for `__proto__` and the like). */
export function findService(id: string): CatalogService | undefined {
  return CATALOG.find((service) => service.id === id);
}
