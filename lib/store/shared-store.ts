import { ApiError } from '@/lib/http/api-error';

/**
 * The state several instances behind a load balancer must share (REDIS_URL): rate limits,
 * concurrency slots, the session revocation list and versioned JSON documents (the sandbox's
 * per-customer data). Every operation is atomic on the store's side, so two instances never
 * lose a write. Keys are opaque strings chosen by the caller; implementations may hash them.
 */
export interface SharedStore {
  /**
   * All-or-nothing token buckets (GCRA, see lib/rate-limit/rate-limiter.ts): counts one hit in
   * every bucket when each allows it, else counts nothing and reports the longest wait.
   */
  takeRate(
    checks: readonly { key: string; intervalMs: number }[],
    windowMs: number,
  ): Promise<{ allowed: true } | { allowed: false; waitMs: number; index: number }>;
  /** A fixed window: milliseconds until `key` may hit again (0 = now), without counting. */
  peekWindow(key: string, limit: number): Promise<number>;
  /** Counts one hit in `key`'s fixed window; the wait when the window was already full, else 0. */
  hitWindow(key: string, limit: number, windowMs: number): Promise<number>;
  /** Takes one of `limit` slots of `key`; false when they are all taken. Slots lapse after ttlMs. */
  acquireSlot(key: string, limit: number, ttlMs: number): Promise<boolean>;
  releaseSlot(key: string): Promise<void>;
  /** Puts `id` on the deny-list until `untilMs` (epoch ms). */
  revoke(id: string, untilMs: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
  /**
   * A versioned JSON document of `namespace`, or undefined when absent (or cleared). When its
   * version is still `known`, the JSON is left out (`json` undefined): the caller has it already.
   */
  loadDocument(namespace: string, name: string, known?: string): Promise<StoredDocument | undefined>;
  /** Writes when the stored version is still `expected` (undefined = absent); false on conflict. */
  saveDocument(
    namespace: string,
    name: string,
    expected: string | undefined,
    json: string,
    ttlMs: number,
  ): Promise<boolean>;
  /** Forgets every document of `namespace` at once. */
  clearDocuments(namespace: string): Promise<void>;
}

export interface StoredDocument {
  version: string;
  /** Undefined when the version is the one the caller said it knows. */
  json?: string;
}

/** The shared store did not answer in time (or is down): a clear 503, never a hang or a stack. */
export class StoreUnavailableError extends ApiError {
  constructor() {
    super(
      503,
      'STORE_UNAVAILABLE',
      'The shared data store is not answering; try again in a few seconds.',
      { retryAfterSeconds: 2 },
      { 'retry-after': '2' },
    );
    this.name = 'StoreUnavailableError';
  }
}
