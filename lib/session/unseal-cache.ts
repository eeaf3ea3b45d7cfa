import 'server-only';

import { openSeal } from './open-seal';

/**
 * Unsealing a session cookie (iron: two PBKDF2 derivations, an HMAC, AES) costs about 0.3 ms of CPU,
 * and the proxy pays it on every call. A sealed value always unseals to the same data until it
 * expires, so successful results are remembered, keyed by the sealed value and the password:
 * - only values that unsealed (forging one needs the password), so junk cannot fill the cache;
 * - never past the seal's own expiration (read from the seal, which the HMAC has just vouched for);
 * - a copy out, so a caller changing its session cannot change the cached one;
 * - at most MAX_ENTRIES, least recently used out first.
 * It holds nothing the process does not already hold: the password, and cookies it was sent.
 */
const MAX_ENTRIES = 1000;

type Password = string | Record<string, string>;

interface Entry {
  password: Password;
  data: object;
  expiresAt: number;
}

const cache = new Map<string, Entry>();

/** `Fe26.2*id*salt*iv*data*expiration*hmacSalt*hmac~2`: the expiration in ms, or undefined without one. */
export function sealExpiration(seal: string): number | undefined {
  const expiration = seal.split('~')[0]!.split('*')[5];
  const value = expiration ? Number(expiration) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

function samePassword(a: Password, b: Password): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** openSeal (./open-seal.ts), remembered (see above). A malformed, expired or tampered seal reads as `{}`. */
export async function unsealCached<T extends object>(
  seal: string,
  options: { password: Password; ttl?: number },
  now = Date.now(),
): Promise<T> {
  const hit = cache.get(seal);
  if (hit && hit.expiresAt > now && samePassword(hit.password, options.password)) {
    cache.delete(seal);
    cache.set(seal, hit);
    return structuredClone(hit.data) as T;
  }
  if (hit) cache.delete(seal);
  const data = (await openSeal<T>(seal, options)) as T;
  const expiresAt = sealExpiration(seal);
  if (expiresAt !== undefined && expiresAt > now && Object.keys(data).length > 0) {
    cache.set(seal, { password: options.password, data: structuredClone(data), expiresAt });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return data;
}

/** For tests. */
export function clearUnsealCache(): void {
  cache.clear();
}

export function unsealCacheSize(): number {
  return cache.size;
}
