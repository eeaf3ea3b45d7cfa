import type { RegionId } from '@/lib/citrix/regions';

import type { BuildResult } from './build-query';

export interface QueryTarget {
  region: RegionId;
  customerId: string;
  path: string;
  query: [string, string][];
}

export interface QuerySession {
  authenticated: boolean;
  region?: RegionId;
  customerId?: string;
}

/**
 * What to send, or nothing: a query with a problem (letters in a number field, an unknown field)
 * is never sent, nor is any query without a session's token. A token belongs to one region, so
 * the call goes there, whatever the header's picker says.
 */
export function queryTarget(built: BuildResult, session: QuerySession | undefined): QueryTarget | undefined {
  if (!built.ok || !session?.authenticated || !session.region || !session.customerId) return undefined;
  return {
    region: session.region,
    customerId: session.customerId,
    path: built.query.path,
    query: built.query.query,
  };
}
