import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import { StoreUnavailableError, type SharedStore } from './shared-store';
import { startTestRedis, type TestRedis } from './test-redis-server';

/**
 * One contract, two stores: what the memory store does (the reference), Redis does too, against a
 * real redis-server on a free loopback port where one is installed (.ci/run installs it).
 */
const redis: TestRedis | undefined = await startTestRedis();
if (!redis) console.warn('[shared-store.test] no redis-server binary: only the memory store is checked');

const stores: [string, () => SharedStore][] = [['memory', () => new MemoryStore()]];
const opened: RedisStore[] = [];
if (redis)
  stores.push([
    'redis',
    () => {
      const store = new RedisStore(redis.url);
      opened.push(store);
      return store;
    },
  ]);

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await redis?.stop();
});

let unique = 0;
const key = (name: string) => `${name}-${process.pid}-${Date.now()}-${(unique += 1)}`;

describe.each(stores)('SharedStore contract: %s', (_, make) => {
  let store: SharedStore;
  beforeAll(() => {
    store = make();
  });

  it('takeRate: bursts up to the limit, then refuses without counting, in every bucket at once', async () => {
    const a = key('a');
    const b = key('b');
    const checks = [
      { key: a, intervalMs: 60_000 / 3 },
      { key: b, intervalMs: 60_000 / 10 },
    ];
    for (let hit = 0; hit < 3; hit += 1)
      expect(await store.takeRate(checks, 60_000)).toEqual({ allowed: true });
    const refused = await store.takeRate(checks, 60_000);
    expect(refused).toMatchObject({ allowed: false, index: 0 });
    if (!refused.allowed) expect(refused.waitMs).toBeGreaterThan(15_000);
    // b was not charged for the refusal: 7 more fit on its own.
    for (let hit = 0; hit < 7; hit += 1)
      expect(await store.takeRate([{ key: b, intervalMs: 6000 }], 60_000)).toEqual({ allowed: true });
    expect((await store.takeRate([{ key: b, intervalMs: 6000 }], 60_000)).allowed).toBe(false);
  });

  it('hitWindow/peekWindow: a fixed window of `limit` hits', async () => {
    const k = key('window');
    expect(await store.peekWindow(k, 2)).toBe(0);
    expect(await store.hitWindow(k, 2, 60_000)).toBe(0);
    expect(await store.hitWindow(k, 2, 60_000)).toBe(0);
    expect(await store.peekWindow(k, 2)).toBeGreaterThan(50_000);
    expect(await store.hitWindow(k, 2, 60_000)).toBeGreaterThan(50_000);
    expect(await store.peekWindow(key('other'), 2)).toBe(0);
  });

  it('acquireSlot/releaseSlot: at most `limit` held at once', async () => {
    const k = key('slot');
    expect(await store.acquireSlot(k, 2, 60_000)).toBe(true);
    expect(await store.acquireSlot(k, 2, 60_000)).toBe(true);
    expect(await store.acquireSlot(k, 2, 60_000)).toBe(false);
    await store.releaseSlot(k);
    expect(await store.acquireSlot(k, 2, 60_000)).toBe(true);
  });

  it('revoke/isRevoked: until the given time', async () => {
    const id = key('sid');
    expect(await store.isRevoked(id)).toBe(false);
    await store.revoke(id, Date.now() + 60_000);
    expect(await store.isRevoked(id)).toBe(true);
  });

  it('documents: compare-and-set on the version; a clear forgets them all', async () => {
    const ns = key('ns');
    expect(await store.loadDocument(ns, 'c1')).toBeUndefined();
    expect(await store.saveDocument(ns, 'c1', undefined, '{"n":1}', 60_000)).toBe(true);
    // A second writer that also saw "absent" loses.
    expect(await store.saveDocument(ns, 'c1', undefined, '{"n":9}', 60_000)).toBe(false);
    const first = await store.loadDocument(ns, 'c1');
    expect(first?.json).toBe('{"n":1}');
    expect(await store.saveDocument(ns, 'c1', first!.version, '{"n":2}', 60_000)).toBe(true);
    // A writer holding the old version loses.
    expect(await store.saveDocument(ns, 'c1', first!.version, '{"n":3}', 60_000)).toBe(false);
    const second = await store.loadDocument(ns, 'c1');
    expect(second?.json).toBe('{"n":2}');
    // A caller that already holds this version gets the version only; an older one gets the JSON.
    expect(await store.loadDocument(ns, 'c1', second!.version)).toEqual({ version: second!.version });
    expect((await store.loadDocument(ns, 'c1', first!.version))?.json).toBe('{"n":2}');
    await store.clearDocuments(ns);
    expect(await store.loadDocument(ns, 'c1')).toBeUndefined();
    // A write based on what was read before the clear loses too.
    expect(await store.saveDocument(ns, 'c1', second!.version, '{"n":4}', 60_000)).toBe(false);
    expect(await store.saveDocument(ns, 'c1', undefined, '{"n":5}', 60_000)).toBe(true);
    expect((await store.loadDocument(ns, 'c1'))?.json).toBe('{"n":5}');
  });
});

describe.runIf(redis)('RedisStore while Redis is down', () => {
  it('fails fast with StoreUnavailableError (503), and recovers by itself when Redis is back', async () => {
    const store = new RedisStore(redis!.url);
    opened.push(store);
    const k = key('down');
    expect(await store.acquireSlot(k, 1, 60_000)).toBe(true);
    await redis!.stop();
    const started = performance.now();
    const error = await store.isRevoked(k).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).status).toBe(503);
    expect(performance.now() - started).toBeLessThan(5000);
    await redis!.start();
    await expect
      .poll(
        () =>
          store.isRevoked(k).then(
            () => 'up',
            () => 'down',
          ),
        { timeout: 10_000 },
      )
      .toBe('up');
  });
});
