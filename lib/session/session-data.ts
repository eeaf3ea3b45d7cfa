import type { RegionId } from '@/lib/citrix/regions';
import type { AuthFlow } from '@/lib/schemas/credentials';

import { tokenCustomerOf } from './token-customer';

/** What the sealed session cookie holds. The token is the user's own; the secret only with renewal. */
export interface SessionAuth {
  region: RegionId;
  flow: AuthFlow;
  customerId: string;
  clientId: string;
  token: string;
  /** Epoch milliseconds, computed from the local clock when the token arrived. */
  issuedAt: number;
  expiresAt: number;
  /** Present only with "Renew automatically": how to re-mint without asking the user again. */
  renew?: { kind: 'secret'; secret: string } | { kind: 'sandbox-demo' };
}

export interface SessionData {
  auth?: SessionAuth;
  /** A random id for this sign-in (kept across renewals), what sign-out revokes (./revocation.ts). */
  sid?: string;
}

/** What the browser may know about the session: never the token, never the secret. */
export interface PublicSession {
  authenticated: boolean;
  region?: RegionId;
  flow?: AuthFlow;
  customerId?: string;
  /** The customer the token's own claim names, when it says; differs from customerId for a mistyped ID. */
  tokenCustomerId?: string;
  clientId?: string;
  issuedAt?: number;
  expiresAt?: number;
  renewAutomatically?: boolean;
  demo?: boolean;
}

/** What the browser may know about one profile's token: the public session plus the profile's id. */
export type PublicProfile = PublicSession & { profileId: string };

/** `GET /api/profiles`: the active profile, and every profile that holds a live token. */
export interface ProfilesView {
  activeProfileId: string;
  profiles: PublicProfile[];
}

export function toPublicSession(auth: SessionAuth | undefined, demoClientId?: string): PublicSession {
  if (!auth) return { authenticated: false };
  const tokenCustomerId = tokenCustomerOf(auth.token);
  return {
    authenticated: true,
    region: auth.region,
    flow: auth.flow,
    customerId: auth.customerId,
    ...(tokenCustomerId ? { tokenCustomerId } : {}),
    clientId: auth.clientId,
    issuedAt: auth.issuedAt,
    expiresAt: auth.expiresAt,
    renewAutomatically: Boolean(auth.renew),
    demo: auth.region === 'sandbox' && auth.clientId === demoClientId,
  };
}
