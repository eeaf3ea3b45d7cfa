import { isRecord } from '@/lib/json/is-record';

export interface DaasSite {
  id: string;
  name: string;
  customerId: string;
}

/**
 * The sites of a `GET /cvad/manage/me` answer (`Customers[].Sites[]`), for the Citrix-InstanceId
 * picker. Prefers the customer in the session when the caller manages several.
 */
export function parseDaasSites(body: unknown, customerId?: string): DaasSite[] {
  if (!isRecord(body) || !Array.isArray(body.Customers)) return [];
  const sites: DaasSite[] = [];
  for (const customer of body.Customers) {
    if (!isRecord(customer) || !Array.isArray(customer.Sites)) continue;
    const id = typeof customer.Id === 'string' ? customer.Id : '';
    for (const site of customer.Sites) {
      if (!isRecord(site) || typeof site.Id !== 'string') continue;
      sites.push({
        id: site.Id,
        name: typeof site.Name === 'string' && site.Name ? site.Name : site.Id,
        customerId: id,
      });
    }
  }
  const own = sites.filter((site) => site.customerId === customerId);
  return own.length > 0 ? own : sites;
}
