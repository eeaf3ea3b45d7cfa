import 'server-only';

import { env } from '@/lib/config/env';

import { RedisStore } from './redis-store';
import type { SharedStore } from './shared-store';

/**
 * The store this process shares with the other instances: Redis when REDIS_URL is set, else
 * none, and every caller keeps its state in its own memory exactly as before REDIS_URL existed.
 * One client per process, kept on globalThis because each server bundle may load this module.
 */
export function sharedStore(): SharedStore | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  const holder = globalThis as typeof globalThis & { __cxapiStore?: { url: string; store: RedisStore } };
  if (holder.__cxapiStore?.url !== url) holder.__cxapiStore = { url, store: new RedisStore(url) };
  return holder.__cxapiStore.store;
}
