import { jsonResponse } from '@/lib/sandbox/http';
import { queryParam } from '@/lib/sandbox/query';
import type { SandboxRoute } from '@/lib/sandbox/route-table';

import { daasData, findByNameOrId, isAsync, notFound, pageResponse, startJob, withSite } from './common';
import { siteView } from './views';

/** Sites, zones and applications: read-only parts of a DaaS site. */
export const daasSitesRoutes: SandboxRoute[] = [
  {
    // No Citrix-InstanceId here: this is how a caller finds its site ids.
    method: 'GET',
    pattern: '/cvad/manage/Sites',
    customer: 'header-daas',
    handler: ({ customerId }) => jsonResponse(200, { Items: daasData(customerId).sites.map(siteView) }),
  },
  {
    // Nor here: Citrix's own Go client reads the site (and its OrchestationApiVersion) with only
    // Authorization and Citrix-CustomerId before it knows to send an instance id.
    method: 'GET',
    pattern: '/cvad/manage/Sites/:nameOrId',
    customer: 'header-daas',
    handler: ({ customerId, params }) => {
      const site = findByNameOrId(daasData(customerId).sites, params.nameOrId ?? '');
      return site ? jsonResponse(200, site) : notFound('Site', params.nameOrId ?? '');
    },
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Zones',
    customer: 'header-daas',
    handler: withSite(({ url }, data) => pageResponse(url, data.daas.zones)),
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Applications',
    customer: 'header-daas',
    handler: withSite((context, data) => {
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
  },
];
