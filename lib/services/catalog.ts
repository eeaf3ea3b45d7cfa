import { administratorsService } from './administrators/service';
import { connectorsService } from './connectors/service';
import { daasService } from './daas/service';
import { monitorodataService } from './monitorodata/service';
import { notificationsService } from './notifications/service';
import { resourcelocationsService } from './resourcelocations/service';
import { serviceentitlementsService } from './serviceentitlements/service';
import { systemlogService } from './systemlog/service';
import { tokenService } from './token/service';
import { trustTokenService } from './trust-token/service';
import type { CatalogService } from './types';

/**
 * The built-in catalog: one line per Citrix service, each a folder of its own (lib/services/<id>:
 * description, catalog entry, sandbox handlers, seed, tests), in the order the catalog page lists
 * them. Server-side data: client components only receive what pages pass them.
 */
export const CATALOG = [
  tokenService,
  trustTokenService,
  systemlogService,
  notificationsService,
  administratorsService,
  resourcelocationsService,
  connectorsService,
  serviceentitlementsService,
  daasService,
  monitorodataService,
] as const satisfies readonly CatalogService[];

/** The id of a built-in service. */
export type ServiceId = (typeof CATALOG)[number]['id'];

/** The catalog service with this id, or undefined (also for `__proto__` and the like). */
export function findService(id: string): CatalogService | undefined {
  return CATALOG.find((service) => service.id === id);
}
