import type { ServiceHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';

import { customerData } from '../sandbox-state';

/** Legacy core platform host: `/sandbox/core/{customer}/serviceStates` (customer in the path). */
export const serviceEntitlementsHandlers: ServiceHandlers = {
  customer: 'path',
  operations: {
    ServiceState_GetAll: ({ customerId }) =>
      jsonResponse(200, { items: customerData(customerId).serviceStates }),
  },
};
