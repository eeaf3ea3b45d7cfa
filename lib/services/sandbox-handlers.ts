import type { SandboxRoute } from '@/lib/sandbox/route-table';

import { administratorsRoutes } from './administrators/handlers';
import { connectorsRoutes } from './connectors/handlers';
import { daasCatalogsRoutes } from './daas/handlers/catalogs';
import { daasJobsRoutes } from './daas/handlers/jobs';
import { daasMachinesRoutes } from './daas/handlers/machines';
import { daasMeRoutes } from './daas/handlers/me';
import { daasSessionsRoutes } from './daas/handlers/sessions';
import { daasSitesRoutes } from './daas/handlers/sites';
import { monitorodataRoutes } from './monitorodata/handlers';
import { notificationsRoutes } from './notifications/handlers';
import { resourceLocationsRoutes } from './resourcelocations/handlers';
import { serviceEntitlementsRoutes } from './serviceentitlements/handlers';
import { systemlogRoutes } from './systemlog/handlers';

/**
 * Every gateway operation the sandbox serves, across all catalog services. Order matters only
 * where a literal segment and a parameter share a position (the first matching route wins).
 */
export const SANDBOX_ROUTES: readonly SandboxRoute[] = [
  ...systemlogRoutes,
  ...notificationsRoutes,
  ...administratorsRoutes,
  ...resourceLocationsRoutes,
  ...connectorsRoutes,
  ...serviceEntitlementsRoutes,
  ...daasMeRoutes,
  ...daasSitesRoutes,
  ...daasCatalogsRoutes,
  ...daasMachinesRoutes,
  ...daasSessionsRoutes,
  ...daasJobsRoutes,
  ...monitorodataRoutes,
];
