import { createHash } from 'node:crypto';

/** A stable UUID derived from a seed, so seeded data looks real and stays the same across restarts. */
export function seededUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SiteRecord {
  Id: string;
  Name: string;
}

/** Everything the sandbox knows about one customer; seeded on first use, mutated by operations. */
export interface CustomerData {
  customerId: string;
  customerName: string;
  sites: SiteRecord[];
}

const customers = new Map<string, CustomerData>();

function seed(customerId: string): CustomerData {
  return {
    customerId,
    customerName: `Sandbox customer ${customerId}`,
    sites: [{ Id: seededUuid(`${customerId}/site/1`), Name: 'cloudxdsite' }],
  };
}

/** The live data of a customer (seeded on first access). */
export function customerData(customerId: string): CustomerData {
  let data = customers.get(customerId);
  if (!data) {
    data = seed(customerId);
    customers.set(customerId, data);
  }
  return data;
}

/** Drops every customer's changes; the next access reseeds. */
export function resetSandboxData(): void {
  customers.clear();
}
