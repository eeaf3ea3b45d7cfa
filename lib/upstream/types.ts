import type { LookupAddress, LookupOptions } from 'node:dns';

import type { buildConnector, Dispatcher } from 'undici';

import type { Target } from '@/lib/citrix/regions';
import type { HttpMethod } from '@/lib/http/methods';

export interface UpstreamRequest {
  target: Target;
  /** Path (with query) below the target, starting with `/`; already validated. */
  path: string;
  method: HttpMethod;
  /** Outbound headers, already built from an allowlist. */
  headers: Record<string, string>;
  body?: string;
  /** Aborts the upstream call (the browser went away, or a total timeout). */
  signal?: AbortSignal;
  /** The app's own origin, used only to label sandbox URLs (never to connect). */
  appOrigin: string;
}

export interface UpstreamResponse {
  status: number;
  statusText: string;
  /** Response headers as received, lower-cased names; multi-valued joined by ", ". */
  headers: Record<string, string>;
  setCookieCount: number;
  body: Uint8Array;
  /** True when the decoded body passed the size cap and was cut. */
  truncated: boolean;
  durationMs: number;
  url: string;
}

export interface UpstreamLimits {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  totalTimeoutMs: number;
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: UpstreamLimits = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 30_000,
  maxResponseBytes: 10 * 1024 * 1024,
};

export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/**
 * Test seams for `sendUpstream`; production passes none of them.
 * - `lookup`: the connect-time resolver (e.g. `makeCheckedLookup(fakeResolver)` for DNS-rebinding tests).
 * - `connector`: replaces the socket dialler (e.g. to reach a loopback fault server for a table host);
 *   the limits' header and body timeouts still apply.
 * - `dispatcher`: replaces the whole undici dispatcher (e.g. a MockAgent used as a spy).
 */
export interface SendOptions {
  lookup?: LookupFunction;
  connector?: buildConnector.connector;
  dispatcher?: Dispatcher;
}
