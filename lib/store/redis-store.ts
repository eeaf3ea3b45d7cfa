import { createHash } from 'node:crypto';

import Redis, { type RedisOptions } from 'ioredis';

import { StoreUnavailableError, type SharedStore, type StoredDocument } from './shared-store';

/**
 * The SharedStore on Redis (ioredis). Every command has a deadline and nothing waits for a
 * connection: while Redis is down or slow, calls fail within COMMAND_TIMEOUT_MS with
 * StoreUnavailableError (a 503), and the client reconnects by itself in the background.
 *
 * What is kept (SECURITY.md): hashes of the caller's keys (rate-limit ids, addresses, session
 * ids), counters, expiry times and the sandbox's demo data. Never a secret or a token.
 */
export const COMMAND_TIMEOUT_MS = 800;
const PREFIX = 'cxapi:';

// Each script reads the time from Redis, so instances with skewed clocks agree.
const NOW = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

const TAKE_RATE = `${NOW}
local window = tonumber(ARGV[1])
local nexts = {}
local worst, worstIndex = 0, 0
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or now)
  if tat < now then tat = now end
  nexts[i] = tat + tonumber(ARGV[i + 1])
  local wait = nexts[i] - window - now
  if wait > worst then worst, worstIndex = wait, i end
end
if worstIndex > 0 then return {0, math.ceil(worst), worstIndex} end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, string.format('%.3f', nexts[i]), 'PX', math.ceil(nexts[i] - now) + 1000)
end
return {1, 0, 0}`;

const HIT_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then return math.max(1, redis.call('PTTL', KEYS[1])) end
return 0`;

const PEEK_WINDOW = `
local count = tonumber(redis.call('GET', KEYS[1]) or 0)
if count >= tonumber(ARGV[1]) then return math.max(1, redis.call('PTTL', KEYS[1])) end
return 0`;

const ACQUIRE_SLOT = `
local count = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if count > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) return 0 end
return 1`;

const RELEASE_SLOT = `
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end
return 1`;

// KEYS[1] = the namespace's generation counter; ARGV[1] = the document's name, ARGV[2] = the
// version the caller knows ('' = none): then only the version travels back.
const LOAD_DOCUMENT = `
local generation = redis.call('GET', KEYS[1]) or '0'
local key = KEYS[2] .. generation .. ':' .. ARGV[1]
local version = redis.call('HGET', key, 'v')
if not version then return {generation} end
if generation .. ':' .. version == ARGV[2] then return {generation, version} end
return {generation, version, redis.call('HGET', key, 'json')}`;

// ARGV: name, expected generation ('' = any), expected version ('' = absent), json, ttl ms.
const SAVE_DOCUMENT = `
local generation = redis.call('GET', KEYS[1]) or '0'
if ARGV[2] ~= '' and ARGV[2] ~= generation then return 0 end
local key = KEYS[2] .. generation .. ':' .. ARGV[1]
local version = redis.call('HGET', key, 'v') or ''
if version ~= ARGV[3] then return 0 end
redis.call('HSET', key, 'v', tostring((tonumber(version) or 0) + 1), 'json', ARGV[4])
redis.call('PEXPIRE', key, ARGV[5])
return 1`;

interface ScriptedRedis extends Redis {
  takeRate(...args: (string | number)[]): Promise<[number, number, number]>;
  hitWindow(key: string, limit: number, windowMs: number): Promise<number>;
  peekWindow(key: string, limit: number): Promise<number>;
  acquireSlot(key: string, limit: number, ttlMs: number): Promise<number>;
  releaseSlot(key: string): Promise<number>;
  loadDocument(generationKey: string, documentPrefix: string, name: string, known: string): Promise<string[]>;
  saveDocument(
    generationKey: string,
    documentPrefix: string,
    name: string,
    generation: string,
    version: string,
    json: string,
    ttlMs: number,
  ): Promise<number>;
}

/** Caller keys may name a person (an address, a client id): Redis only ever sees their hash. */
function opaque(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}

export function redisOptions(): RedisOptions {
  return {
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    // Fail at once while disconnected rather than queue: a queued call is a hung request.
    enableOfflineQueue: false,
    // Keep trying to reconnect, every half second to two seconds, for as long as the app runs.
    retryStrategy: (attempt) => Math.min(500 * attempt, 2000),
    lazyConnect: false,
  };
}

export class RedisStore implements SharedStore {
  private readonly redis: ScriptedRedis;
  private reportedDown = false;
  private everReady = false;

  constructor(url: string, options: RedisOptions = redisOptions()) {
    const redis = new Redis(url, options);
    redis.defineCommand('takeRate', { lua: TAKE_RATE });
    redis.defineCommand('hitWindow', { numberOfKeys: 1, lua: HIT_WINDOW });
    redis.defineCommand('peekWindow', { numberOfKeys: 1, lua: PEEK_WINDOW });
    redis.defineCommand('acquireSlot', { numberOfKeys: 1, lua: ACQUIRE_SLOT });
    redis.defineCommand('releaseSlot', { numberOfKeys: 1, lua: RELEASE_SLOT });
    redis.defineCommand('loadDocument', { numberOfKeys: 2, lua: LOAD_DOCUMENT });
    redis.defineCommand('saveDocument', { numberOfKeys: 2, lua: SAVE_DOCUMENT });
    // Report a lost connection once (by error name only: a message could hold the URL's password).
    redis.on('error', (error: Error) => {
      if (this.reportedDown) return;
      this.reportedDown = true;
      console.error(JSON.stringify({ event: 'store_unavailable', error: error.name }));
    });
    redis.on('ready', () => {
      this.everReady = true;
      if (this.reportedDown) console.info(JSON.stringify({ event: 'store_available' }));
      this.reportedDown = false;
    });
    this.redis = redis as ScriptedRedis;
  }

  /**
   * Right after start the first connection is still being made: wait for it, within the same
   * deadline as a command. Later, a lost connection fails calls at once (no offline queue).
   */
  private firstConnection(): Promise<void> {
    if (this.redis.status === 'ready' || this.everReady) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.redis.off('ready', ready);
        reject(new StoreUnavailableError());
      }, COMMAND_TIMEOUT_MS);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once('ready', ready);
    });
  }

  private async call<T>(run: (redis: ScriptedRedis) => Promise<T>): Promise<T> {
    try {
      await this.firstConnection();
      return await run(this.redis);
    } catch {
      throw new StoreUnavailableError();
    }
  }

  async takeRate(checks: readonly { key: string; intervalMs: number }[], windowMs: number) {
    const keys = checks.map(({ key }) => `${PREFIX}rate:${opaque(key)}`);
    const [allowed, waitMs, index] = await this.call((redis) =>
      redis.takeRate(keys.length, ...keys, windowMs, ...checks.map(({ intervalMs }) => intervalMs)),
    );
    return allowed === 1
      ? { allowed: true as const }
      : { allowed: false as const, waitMs: Number(waitMs), index: Number(index) - 1 };
  }

  async peekWindow(key: string, limit: number) {
    return Number(await this.call((redis) => redis.peekWindow(`${PREFIX}window:${opaque(key)}`, limit)));
  }

  async hitWindow(key: string, limit: number, windowMs: number) {
    return Number(
      await this.call((redis) => redis.hitWindow(`${PREFIX}window:${opaque(key)}`, limit, windowMs)),
    );
  }

  async acquireSlot(key: string, limit: number, ttlMs: number) {
    const taken = await this.call((redis) => redis.acquireSlot(`${PREFIX}slot:${opaque(key)}`, limit, ttlMs));
    return Number(taken) === 1;
  }

  async releaseSlot(key: string) {
    await this.call((redis) => redis.releaseSlot(`${PREFIX}slot:${opaque(key)}`));
  }

  async revoke(id: string, untilMs: number) {
    await this.call((redis) => redis.set(`${PREFIX}revoked:${opaque(id)}`, '1', 'PXAT', Math.ceil(untilMs)));
  }

  async isRevoked(id: string) {
    return (await this.call((redis) => redis.exists(`${PREFIX}revoked:${opaque(id)}`))) === 1;
  }

  async loadDocument(namespace: string, name: string, known?: string): Promise<StoredDocument | undefined> {
    const [generation, version, json] = await this.call((redis) =>
      redis.loadDocument(`${PREFIX}gen:${namespace}`, `${PREFIX}doc:${namespace}:`, name, known ?? ''),
    );
    if (version === undefined) return undefined;
    return json === undefined
      ? { version: `${generation}:${version}` }
      : { version: `${generation}:${version}`, json };
  }

  async saveDocument(
    namespace: string,
    name: string,
    expected: string | undefined,
    json: string,
    ttlMs: number,
  ) {
    const [generation = '', version = ''] = expected?.split(':') ?? [];
    const saved = await this.call((redis) =>
      redis.saveDocument(
        `${PREFIX}gen:${namespace}`,
        `${PREFIX}doc:${namespace}:`,
        name,
        generation,
        version,
        json,
        Math.ceil(ttlMs),
      ),
    );
    return Number(saved) === 1;
  }

  async clearDocuments(namespace: string) {
    await this.call((redis) => redis.incr(`${PREFIX}gen:${namespace}`));
  }

  /** For tests and shutdown. */
  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
