import { jsonResponse } from '../http';
import type { SandboxRoute } from '../route-table';
import { daasData, findByNameOrId, notFound, pageResponse, withSite } from './daas-common';

/** Sites, zones and applications: read-only parts of a DaaS site. */
export const daasSitesRoutes: SandboxRoute[] = [
  {
    // No Citrix-InstanceId here: this is how a caller finds its site ids.
    method: 'GET',
    pattern: '/cvad/manage/Sites',
    customer: 'header-daas',
    handler: ({ customerId }) => jsonResponse(200, { Items: daasData(customerId).sites }),
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Sites/:nameOrId',
    customer: 'header-daas',
    handler: withSite(({ params }, data) => {
      const site = findByNameOrId(data.sites, params.nameOrId ?? '');
      return site ? jsonResponse(200, site) : notFound('Site', params.nameOrId ?? '');
    }),
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Zones',
    customer: 'header-daas',
    handler: withSite((_context, data) => jsonResponse(200, { Items: data.daas.zones })),
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Applications',
    customer: 'header-daas',
    handler: withSite(({ url }, data) => pageResponse(url, data.daas.applications)),
  },
];
