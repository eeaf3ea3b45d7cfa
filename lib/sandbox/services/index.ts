import type { SandboxRoute } from '../route-table';

import { daasMeRoutes } from './daas-me';
import { systemlogRoutes } from './systemlog';

/** Every gateway operation the sandbox serves, across all catalog services. */
export const SANDBOX_ROUTES: readonly SandboxRoute[] = [...systemlogRoutes, ...daasMeRoutes];
