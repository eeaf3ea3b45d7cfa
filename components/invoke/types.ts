import type { HostKind } from '@/lib/citrix/regions';

/** What the invoke panel needs to know about the service; plain data from the server page. */
export interface InvokeService {
  id: string;
  title: string;
  hostKind: HostKind;
  basePath: string;
  /** An imported document's operation: hostKind and basePath are the target mapped from its servers. */
  imported?: boolean;
}
