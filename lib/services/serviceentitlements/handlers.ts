import { jsonResponse } from '@/lib/sandbox/http';
import type { SandboxRoute } from '@/lib/sandbox/route-table';

import { customerData } from '../sandbox-state';

/** Legacy core platform host: `/sandbox/core/{customer}/serviceStates` (customer in the path). */
export const serviceEntitlementsRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/core/:customer/serviceStates',
    customer: 'path',
    handler: ({ customerId }) => jsonResponse(200, { items: customerData(customerId).serviceStates }),
  },
];
