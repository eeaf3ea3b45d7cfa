import type { ServiceHandlers } from '@/lib/sandbox/handler';

import { administratorsHandlers } from './administrators/handlers';
import { connectorsHandlers } from './connectors/handlers';
import { daasHandlers } from './daas/handlers';
import { monitorodataHandlers } from './monitorodata/handlers';
import { notificationsHandlers } from './notifications/handlers';
import { resourceLocationsHandlers } from './resourcelocations/handlers';
import { serviceEntitlementsHandlers } from './serviceentitlements/handlers';
import { systemlogHandlers } from './systemlog/handlers';

/**
 * The sandbox's handlers of each catalog service, by service id. Kept apart from `CATALOG`
 * (catalog.ts) because the catalog is client-safe and these are server code; `sandbox-routes.test.ts`
 * fails for a catalog operation without a handler and for a handler without an operation. The two
 * token services are answered by the sandbox's token service (lib/sandbox/token-service.ts).
 */
export const SANDBOX_HANDLERS: Readonly<Record<string, ServiceHandlers>> = {
  systemlog: systemlogHandlers,
  notifications: notificationsHandlers,
  administrators: administratorsHandlers,
  resourcelocations: resourceLocationsHandlers,
  connectors: connectorsHandlers,
  serviceentitlements: serviceEntitlementsHandlers,
  daas: daasHandlers,
  monitorodata: monitorodataHandlers,
};
