import type { OperationHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';

import { customerData } from '../../sandbox-state';

/** DaaS `GET /cvad/manage/me`: who the caller is and which customers and sites it can manage. */
export const daasMeHandlers: OperationHandlers = {
  Me_GetMe: ({ claims, customerId }) => {
    const data = customerData(customerId);
    const now = Date.now();
    return jsonResponse(200, {
      UserId: claims.clientId,
      DisplayName: `API client ${claims.clientId.slice(0, 8)}`,
      ExpiryTime: new Date(claims.expiresAt * 1000).toLocaleTimeString('en-US', { timeZone: 'UTC' }),
      RefreshExpirationTime: new Date(now + 12 * 3600_000).toLocaleTimeString('en-US', { timeZone: 'UTC' }),
      VerifiedEmail: `${claims.clientId.slice(0, 8)}@apiclients.sandbox.local`,
      IsCspCustomer: false,
      Customers: [
        {
          Id: customerId,
          Name: data.customerName,
          Sites: data.sites.map(({ Id, Name }) => ({ Id, Name })),
        },
      ],
    });
  },
};
