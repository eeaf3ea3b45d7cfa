import type { SandboxRoute } from '../route-table';
import { administratorsRoutes } from './administrators';
import { connectorsRoutes } from './connectors';
import { daasCatalogsRoutes } from './daas-catalogs';
import { daasJobsRoutes } from './daas-jobs';
import { daasMachinesRoutes } from './daas-machines';
import { daasMeRoutes } from './daas-me';
import { daasRunbookRoutes } from './daas-runbook-ops';
import { daasSessionsRoutes } from './daas-sessions';
import { daasSitesRoutes } from './daas-sites';
import { monitorodataRoutes } from './monitorodata';
import { notificationsRoutes } from './notifications';
import { resourceLocationsRoutes } from './resourcelocations';
import { serviceEntitlementsRoutes } from './serviceentitlements';
import { systemlogRoutes } from './systemlog';

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
  ...daasRunbookRoutes,
  ...daasSessionsRoutes,
  ...daasJobsRoutes,
  ...monitorodataRoutes,
];
