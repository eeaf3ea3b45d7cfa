import { jsonResponse } from '../http';
import type { SandboxRoute } from '../route-table';
import { customerData } from '../store';

/** Legacy core platform host: `/sandbox/core/{customer}/serviceStates` (customer in the path). */
export const serviceEntitlementsRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/core/:customer/serviceStates',
    customer: 'path',
    handler: ({ customerId }) => jsonResponse(200, { items: customerData(customerId).serviceStates }),
  },
];
