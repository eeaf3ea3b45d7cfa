import { describe, expect, it } from 'vitest';

import { RateLimiter, takeAll } from './rate-limiter';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function takeOne(limiter: RateLimiter, key: string): number {
  const wait = limiter.waitMs(key);
  if (wait === 0) limiter.hit(key);
  return wait;
}

describe('RateLimiter (GCRA token bucket)', () => {
  it('allows a burst of `limit` hits, then says exactly how long to wait', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: () => 5, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 5; i += 1) expect(takeOne(limiter, 'a')).toBe(0);
    // One hit comes back every 60 s / 5 = 12 s.
    expect(takeOne(limiter, 'a')).toBe(12_000);
    time.advance(11_999);
    expect(takeOne(limiter, 'a')).toBe(1);
    time.advance(1);
    expect(takeOne(limiter, 'a')).toBe(0);
    expect(takeOne(limiter, 'a')).toBe(12_000);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter({ limit: () => 1, windowMs: 60_000, now: clock().now });
    expect(takeOne(limiter, 'a')).toBe(0);
    expect(takeOne(limiter, 'a')).toBeGreaterThan(0);
    expect(takeOne(limiter, 'b')).toBe(0);
  });

  it('cannot be doubled at a window boundary (unlike a fixed window)', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: () => 10, windowMs: 60_000, now: time.now });
    let allowed = 0;
    // Hammer for two minutes, one attempt per 100 ms: the sustained rate is the limit, plus one burst.
    for (let t = 0; t < 120_000; t += 100) {
      if (takeOne(limiter, 'k') === 0) allowed += 1;
      time.advance(100);
    }
    expect(allowed).toBeLessThanOrEqual(10 + 20);
    expect(allowed).toBeGreaterThanOrEqual(29);
  });

  it('refills completely after a quiet window and forgets idle keys when over its key budget', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: () => 2, windowMs: 60_000, now: time.now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.hit(key);
    time.advance(60_000);
    limiter.hit('d');
    expect(limiter.size).toBe(1);
    expect(limiter.waitMs('a')).toBe(0);
  });

  it('evicts the least recently used key when every key is busy (memory stays bounded)', () => {
    const limiter = new RateLimiter({ limit: () => 1, windowMs: 60_000, now: clock().now, maxKeys: 100 });
    for (let i = 0; i < 10_000; i += 1) limiter.hit(`k${i}`);
    expect(limiter.size).toBe(100);
    expect(limiter.waitMs('k9999')).toBeGreaterThan(0);
    expect(limiter.waitMs('k0')).toBe(0);
  });

  it('reads the limit on every hit, so a lower configured limit applies at once', () => {
    let limit = 100;
    const limiter = new RateLimiter({ limit: () => limit, windowMs: 60_000, now: clock().now });
    limiter.hit('a');
    limit = 1;
    expect(limiter.waitMs('a')).toBeGreaterThan(0);
  });
});

describe('takeAll', () => {
  it('counts in every bucket only when all allow; otherwise reports the longest wait and its scope', () => {
    const time = clock();
    const session = new RateLimiter({ limit: () => 2, windowMs: 60_000, now: time.now });
    const client = new RateLimiter({ limit: () => 3, windowMs: 60_000, now: time.now });
    const checks = (id: string) => [
      { limiter: session, key: id, scope: 'session' },
      { limiter: client, key: 'ip:203.0.113.9', scope: 'client' },
    ];
    expect(takeAll(checks('s1'))).toEqual({ allowed: true });
    expect(takeAll(checks('s1'))).toEqual({ allowed: true });
    expect(takeAll(checks('s1'))).toEqual({ allowed: false, retryAfterSeconds: 30, scope: 'session' });
    // The refused hit did not use up the client bucket: a new session still has one left.
    expect(takeAll(checks('s2'))).toEqual({ allowed: true });
    expect(takeAll(checks('s3'))).toEqual({ allowed: false, retryAfterSeconds: 20, scope: 'client' });
  });

  it('never reports a wait under one second', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: () => 1, windowMs: 60_000, now: time.now });
    limiter.hit('a');
    time.advance(59_999);
    expect(takeAll([{ limiter, key: 'a', scope: 'x' }])).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      scope: 'x',
    });
  });
});
