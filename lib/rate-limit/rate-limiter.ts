/**
 * A per-key rate limiter: at most `limit` hits per `windowMs` on average, with bursts of up to
 * `limit` (the generic cell rate algorithm, i.e. a token bucket kept as one timestamp per key).
 * In memory and per process: each instance behind a load balancer enforces it on its own share.
 *
 * Unlike a fixed window it cannot be doubled at a window boundary, and it answers exactly how
 * long to wait for the next allowed hit.
 */
export interface RateLimiterOptions {
  /** Hits allowed per window; read on every hit so configuration can change under it. */
  limit: () => number;
  windowMs: number;
  now?: () => number;
  /** Keys kept at most (memory bound). Least recently used keys are forgotten first. */
  maxKeys?: number;
}

export class RateLimiter {
  /** key → theoretical arrival time of the next hit (epoch ms); a key at or before `now` is idle. */
  private readonly tat = new Map<string, number>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  private interval(): number {
    return this.options.windowMs / Math.max(1, this.options.limit());
  }

  /** Milliseconds until `key` may hit again; 0 when it may hit now. Counts nothing. */
  waitMs(key: string): number {
    const now = this.now();
    const next = Math.max(this.tat.get(key) ?? now, now) + this.interval();
    return Math.max(0, next - this.options.windowMs - now);
  }

  /** Counts one hit for `key` (callers check `waitMs` first; a hit over the limit is counted anyway). */
  hit(key: string): void {
    const now = this.now();
    const next = Math.max(this.tat.get(key) ?? now, now) + this.interval();
    // Delete then set: the map's order is the order of last use, oldest first.
    this.tat.delete(key);
    this.tat.set(key, next);
    if (this.tat.size > this.maxKeys) this.prune(now);
  }

  /** Keys currently remembered (for tests and diagnostics). */
  get size(): number {
    return this.tat.size;
  }

  reset(): void {
    this.tat.clear();
  }

  private prune(now: number): void {
    // An idle key is the same as an absent one: forget those first, then the least recently used.
    for (const [key, next] of this.tat) if (next <= now) this.tat.delete(key);
    for (const key of this.tat.keys()) {
      if (this.tat.size <= this.maxKeys) break;
      this.tat.delete(key);
    }
  }
}

/** One limiter and the key a request counts against in it. */
export interface RateLimitCheck {
  limiter: RateLimiter;
  key: string;
  /** Reported back when this check is the one that refuses. */
  scope: string;
}

export type RateLimitDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: string };

/**
 * All-or-nothing: counts the hit in every limiter only when every one of them allows it, so a
 * refusal by one bucket does not also use up the others. Otherwise reports the longest wait.
 */
export function takeAll(checks: readonly RateLimitCheck[]): RateLimitDecision {
  let worst: { waitMs: number; scope: string } | undefined;
  for (const check of checks) {
    const waitMs = check.limiter.waitMs(check.key);
    if (waitMs > 0 && (!worst || waitMs > worst.waitMs)) worst = { waitMs, scope: check.scope };
  }
  if (worst)
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(worst.waitMs / 1000)),
      scope: worst.scope,
    };
  for (const check of checks) check.limiter.hit(check.key);
  return { allowed: true };
}
