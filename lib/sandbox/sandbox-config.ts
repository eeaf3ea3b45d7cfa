import 'server-only';

import { createHash, hkdfSync, timingSafeEqual } from 'node:crypto';

import { env } from '@/lib/config/env';
import { PUBLIC_DEMO_CLIENT_SECRET, type SandboxClient } from '@/lib/config/env-schema';

/** Every API client the sandbox accepts: the demo client first, then SANDBOX_CLIENTS. */
export function sandboxClients(): SandboxClient[] {
  const config = env();
  return [
    {
      customerId: config.SANDBOX_DEMO_CUSTOMER_ID,
      clientId: config.SANDBOX_DEMO_CLIENT_ID,
      clientSecret: config.SANDBOX_DEMO_CLIENT_SECRET,
    },
    ...config.SANDBOX_CLIENTS,
  ];
}

export function demoClient(): SandboxClient {
  return sandboxClients()[0]!;
}

/** The demo client's id while the sandbox is on (sessions minted with it show as demo), else undefined. */
export function enabledDemoClientId(): string | undefined {
  return env().SANDBOX_ENABLED ? demoClient().clientId : undefined;
}

/**
 * The demo client's secret when it is the documented public value, for the getting-started steps;
 * undefined when the deployment set its own (that one is a real secret and never leaves the server).
 */
export function publicDemoSecret(client: SandboxClient = demoClient()): string | undefined {
  return client.clientSecret === PUBLIC_DEMO_CLIENT_SECRET ? client.clientSecret : undefined;
}

function sameSecret(a: string, b: string): boolean {
  // Compare digests so the comparison takes the same time whatever the lengths.
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/** The client these credentials belong to, or undefined. */
export function findSandboxClient(clientId: string, clientSecret: string): SandboxClient | undefined {
  const client = sandboxClients().find((candidate) => candidate.clientId === clientId);
  return client && sameSecret(client.clientSecret, clientSecret) ? client : undefined;
}

let signingKey: Uint8Array | undefined;

/**
 * The HMAC key for sandbox JWTs, derived from the session password so that every instance of a
 * deployment agrees on it without another secret to configure.
 */
export function sandboxSigningKey(): Uint8Array {
  if (signingKey) return signingKey;
  const password = env().SESSION_PASSWORD;
  const material =
    typeof password === 'string'
      ? password
      : password[String(Math.max(...Object.keys(password).map(Number)))]!;
  signingKey = new Uint8Array(hkdfSync('sha256', material, 'citrix-sandbox', 'sandbox-jwt-signing-key', 32));
  return signingKey;
}

export function sandboxTokenTtlSeconds(): number {
  return env().SANDBOX_TOKEN_TTL_SECONDS;
}
