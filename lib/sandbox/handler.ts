import type { SandboxTokenClaims } from './jwt';

/** What a sandbox operation handler receives. */
export interface SandboxContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The authenticated caller (for gateway routes). */
  claims: SandboxTokenClaims;
  /** The customer the caller acts for (checked against the token). */
  customerId: string;
  transactionId: string;
  /** Parsed JSON body, when the request had one. */
  body: unknown;
}

export type SandboxHandler = (context: SandboxContext) => Response | Promise<Response>;

/**
 * How a route identifies the customer:
 * - `header`: the `Citrix-CustomerId` header (current api.cloud.com services);
 * - `header-daas`: the same, but a missing header gets the gateway's bare 500, as DaaS does;
 * - `path`: a `{customer}` path parameter (legacy *.citrixworkspacesapi.net services).
 */
export type CustomerSource = 'header' | 'header-daas' | 'path';

/** A service's sandbox handlers, keyed by the `operationId` of its description. */
export type OperationHandlers = Readonly<Record<string, SandboxHandler>>;

/** What the sandbox serves for one catalog service: how it finds the customer, and its handlers. */
export interface ServiceHandlers {
  customer: CustomerSource;
  operations: OperationHandlers;
}
