import { hostname, networkInterfaces } from 'node:os';

import { env } from '@/lib/config/env';

/**
 * The origin the app writes into URLs it builds itself (sandbox base and token URLs in exports,
 * the URL an Invoke API result shows). Labels only, never used to connect — but a copied export
 * is run by a person with their credentials, so a forged `Host: evil.example` must never get in.
 *
 * 1. `APP_ORIGIN` when configured (the way to go behind a reverse proxy or a public name).
 * 2. Else the request's Host, only when it names this machine: a loopback name or address, this
 *    machine's host name, or one of its own interface addresses (so teammates calling a shared
 *    demo server by its LAN address get working links), on the port the server listens on (`PORT`,
 *    when set), with an http(s) scheme.
 * 3. Else `http://localhost:<PORT or 3000>`.
 */
export function appOriginOf(request: Request): string {
  const configured = env().APP_ORIGIN;
  if (configured) return configured;
  const port = process.env.PORT?.trim() || undefined;
  const fallback = `http://localhost:${port ?? 3000}`;
  const host = request.headers.get('host');
  if (!host || !/^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host))
    return fallback;
  const protocol = new URL(request.url).protocol;
  let parsed: URL;
  try {
    parsed = new URL(`${protocol === 'https:' ? 'https:' : 'http:'}//${host}`);
  } catch {
    return fallback;
  }
  if (!isThisMachine(parsed.hostname)) return fallback;
  if (port !== undefined && portOf(parsed) !== port) return fallback;
  return parsed.origin;
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

const LOOPBACK = /^(localhost|[a-z0-9-]+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The names this machine answers to; interface addresses may change, so they are read again after a minute. */
let ownNames: { names: Set<string>; readAt: number } | undefined;

function isThisMachine(name: string): boolean {
  const lower = name.toLowerCase();
  if (LOOPBACK.test(lower)) return true;
  const now = Date.now();
  if (!ownNames || now - ownNames.readAt > 60_000) {
    const names = new Set<string>([hostname().toLowerCase()]);
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) {
        names.add(
          address.family === 'IPv6' ? `[${address.address.split('%')[0]!.toLowerCase()}]` : address.address,
        );
      }
    }
    ownNames = { names, readAt: now };
  }
  return ownNames.names.has(lower);
}
