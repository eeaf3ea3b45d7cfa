import type { ServiceHandlers } from '@/lib/sandbox/handler';

import { administratorsHandlers } from './administrators/handlers';
import type { ServiceId } from './catalog';
import { connectorsHandlers } from './connectors/handlers';
import { daasHandlers } from './daas/handlers';
import { monitorodataHandlers } from './monitorodata/handlers';
import { notificationsHandlers } from './notifications/handlers';
import { resourceLocationsHandlers } from './resourcelocations/handlers';
import { serviceEntitlementsHandlers } from './serviceentitlements/handlers';
import { systemlogHandlers } from './systemlog/handlers';

/** The token services are answered by the sandbox's token service (lib/sandbox/token-service.ts). */
type HandledServiceId = Exclude<ServiceId, 'token' | 'trust-token'>;

/**
 * The sandbox's handlers of each catalog service, by service id: a service added to `CATALOG`
 * without a line here does not compile. Kept apart from the catalog so that pages which only list
 * operations do not load the sandbox. `sandbox-routes.test.ts` fails for a catalog operation
 * without a handler and for a handler without an operation.
 */
const HANDLERS_BY_SERVICE = {
  systemlog: systemlogHandlers,
  notifications: notificationsHandlers,
  administrators: administratorsHandlers,
  resourcelocations: resourceLocationsHandlers,
  connectors: connectorsHandlers,
  serviceentitlements: serviceEntitlementsHandlers,
  daas: daasHandlers,
  monitorodata: monitorodataHandlers,
} satisfies Record<HandledServiceId, ServiceHandlers>;

export const SANDBOX_HANDLERS: Readonly<Record<string, ServiceHandlers>> = HANDLERS_BY_SERVICE;
