import { administratorsDocument } from './administrators/description';
import { connectorsDocument } from './connectors/description';
import { daasDocument } from './daas/description';
import { monitorodataDocument } from './monitorodata/description';
import { notificationsDocument } from './notifications/description';
import { resourcelocationsDocument } from './resourcelocations/description';
import { serviceentitlementsDocument } from './serviceentitlements/description';
import { systemlogDocument } from './systemlog/description';
import { tokenDocument } from './token/description';
import { trustTokenDocument } from './trust-token/description';
import type { CatalogService } from './types';

const PLATFORM_HEADERS = ['Citrix-CustomerId'];

/**
 * The built-in catalog: our own OpenAPI 3.1 descriptions of the Citrix Cloud services, in the
 * order the catalog page lists them. Client-safe (plain data).
 */
export const CATALOG: readonly CatalogService[] = [
  {
    id: 'token',
    title: 'Token service (OAuth 2.0)',
    summary: "Exchange an API client's ID and secret for a one-hour bearer token.",
    hostKind: 'gateway',
    basePath: '',
    paging: 'none',
    requiredHeaders: [],
    document: tokenDocument,
  },
  {
    id: 'trust-token',
    title: 'Trust service token (deprecated)',
    summary: 'The older JSON token flow of the trust service, kept for Citrix Cloud Government.',
    hostKind: 'trust',
    basePath: '',
    paging: 'none',
    requiredHeaders: [],
    document: trustTokenDocument,
  },
  {
    id: 'systemlog',
    title: 'SystemLog',
    summary: 'Read the audit trail of configuration changes and administrator actions across Citrix Cloud.',
    hostKind: 'gateway',
    basePath: '/systemlog',
    paging: 'ContinuationToken (body and query)',
    requiredHeaders: PLATFORM_HEADERS,
    document: systemlogDocument,
  },
  {
    id: 'notifications',
    title: 'Notifications',
    summary: "Send notifications to a customer's administrators and list the ones sent.",
    hostKind: 'gateway',
    basePath: '/notifications',
    paging: 'none',
    requiredHeaders: PLATFORM_HEADERS,
    document: notificationsDocument,
  },
  {
    id: 'administrators',
    title: 'Administrators',
    summary: 'List, invite and remove Citrix Cloud administrators and change their access.',
    hostKind: 'gateway',
    basePath: '/administrators',
    paging: 'continuationToken (body) / requestContinuation (query)',
    requiredHeaders: PLATFORM_HEADERS,
    document: administratorsDocument,
  },
  {
    id: 'resourcelocations',
    title: 'Resource locations',
    summary: 'Create, read, update and delete the resource locations where Cloud Connectors run.',
    hostKind: 'gateway',
    basePath: '/resourcelocations',
    paging: 'none',
    requiredHeaders: PLATFORM_HEADERS,
    document: resourcelocationsDocument,
  },
  {
    id: 'connectors',
    title: 'Connectors',
    summary: "Inspect and remove the Cloud Connectors of a customer's resource locations.",
    hostKind: 'gateway',
    basePath: '/connectors',
    paging: 'none',
    requiredHeaders: PLATFORM_HEADERS,
    document: connectorsDocument,
  },
  {
    id: 'serviceentitlements',
    title: 'Service entitlements',
    summary: 'Which Citrix Cloud services a customer is entitled to, and in which state (legacy API).',
    hostKind: 'core',
    basePath: '',
    paging: 'none',
    requiredHeaders: [],
    document: serviceentitlementsDocument,
  },
  {
    id: 'daas',
    title: 'Citrix DaaS REST API',
    summary:
      'Manage sites, machine catalogs, delivery groups, machines and sessions; long operations run as jobs.',
    hostKind: 'gateway',
    basePath: '/cvad/manage',
    paging: 'ContinuationToken (body) / continuationToken (query)',
    requiredHeaders: ['Citrix-CustomerId', 'Citrix-InstanceId'],
    document: daasDocument,
  },
  {
    id: 'monitorodata',
    title: 'Monitor Service OData',
    summary: 'Query machines and sessions history with OData v4 ($filter, $top, $count, $expand).',
    hostKind: 'gateway',
    basePath: '/monitorodata',
    paging: '@odata.nextLink',
    requiredHeaders: PLATFORM_HEADERS,
    document: monitorodataDocument,
  },
];

/** The catalog service with this id, or undefined (also for `__proto__` and the like). */
export function findService(id: string): CatalogService | undefined {
  return CATALOG.find((service) => service.id === id);
}
