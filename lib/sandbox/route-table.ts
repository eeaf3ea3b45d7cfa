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

export interface SandboxRoute {
  method: string;
  /** e.g. `/cvad/manage/Machines/:nameOrId/$start`; literal segments match case-insensitively. */
  pattern: string;
  customer: CustomerSource;
  handler: SandboxHandler;
}

/** Matches a path against a pattern; returns the decoded parameters or undefined. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const expected = want[index]!;
    const actual = have[index]!;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (expected.toLowerCase() !== actual.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}
