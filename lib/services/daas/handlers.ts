import type { ServiceHandlers } from '@/lib/sandbox/handler';

import { daasApplicationsHandlers } from './handlers/applications';
import { daasCatalogsHandlers } from './handlers/catalogs';
import { daasGroupCatalogEditHandlers } from './handlers/edits';
import { daasJobsHandlers } from './handlers/jobs';
import { daasMachinesHandlers } from './handlers/machines';
import { daasMeHandlers } from './handlers/me';
import { daasRunbookHandlers } from './handlers/runbook-ops';
import { daasSessionsHandlers } from './handlers/sessions';
import { daasSitesHandlers } from './handlers/sites';
import { daasZonesHandlers } from './handlers/zones';

/** DaaS: a missing `Citrix-CustomerId` gets the gateway's bare 500, as the real service answers. */
export const daasHandlers: ServiceHandlers = {
  customer: 'header-daas',
  operations: {
    ...daasMeHandlers,
    ...daasSitesHandlers,
    ...daasCatalogsHandlers,
    ...daasMachinesHandlers,
    ...daasRunbookHandlers,
    ...daasSessionsHandlers,
    ...daasJobsHandlers,
    ...daasZonesHandlers,
    ...daasApplicationsHandlers,
    ...daasGroupCatalogEditHandlers,
  },
};
