import type { OperationHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { queryParam } from '@/lib/sandbox/query';

import { daasData, findByNameOrId, isAsync, notFound, pageResponse, startJob, withSite } from './common';
import { siteView } from './views';

/** Sites, zones and applications: read-only parts of a DaaS site. */
export const daasSitesHandlers: OperationHandlers = {
  // No Citrix-InstanceId here: this is how a caller finds its site ids.
  Sites_GetSites: ({ customerId }) => jsonResponse(200, { Items: daasData(customerId).sites.map(siteView) }),
  // Nor here: Citrix's own Go client reads the site (and its OrchestationApiVersion) with only
  // Authorization and Citrix-CustomerId before it knows to send an instance id.
  Sites_GetSite: ({ customerId, params }) => {
    const site = findByNameOrId(daasData(customerId).sites, params.nameOrId ?? '');
    return site ? jsonResponse(200, site) : notFound('Site', params.nameOrId ?? '');
  },
  Zones_GetZones: withSite(({ url }, data) => pageResponse(url, data.daas.zones)),
  Applications_GetApplications: withSite((context, data) => {
    const folder = queryParam(context.url, 'applicationFolder')?.trim().toLowerCase();
    const applications = folder
      ? data.daas.applications.filter(
          (application) =>
            application.ApplicationFolder.Id.toLowerCase() === folder ||
            application.ApplicationFolder.Name.toLowerCase() === folder.replace(/\\+$/, ''),
        )
      : data.daas.applications;
    if (isAsync(context.url))
      return startJob(context, data, 'GetApplications', { async: 'true' }, () => ({
        Items: applications,
        ContinuationToken: null,
      }));
    return pageResponse(context.url, applications, true);
  }),
};
