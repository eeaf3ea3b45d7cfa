import 'server-only';

import { env } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import { demoClient } from '@/lib/sandbox/sandbox-config';
import type { Credentials } from '@/lib/schemas/credentials';
import type { SessionAuth } from '@/lib/session/session-data';

import { exchangeToken, type ExchangeInput } from './token-exchange';

/** Turns what the dialog sent into exchange input; the demo client's secret is filled in here only. */
export function resolveCredentials(credentials: Credentials): {
  input: ExchangeInput;
  renew: SessionAuth['renew'];
} {
  if (credentials.mode === 'sandbox-demo' || credentials.region === 'sandbox') {
    if (!env().SANDBOX_ENABLED) {
      throw new ApiError(400, 'SANDBOX_DISABLED', 'The sandbox region is switched off on this deployment.');
    }
  }
  if (credentials.mode === 'sandbox-demo') {
    const demo = demoClient();
    return {
      input: {
        region: 'sandbox',
        flow: credentials.flow,
        customerId: demo.customerId,
        clientId: demo.clientId,
        clientSecret: demo.clientSecret,
      },
      renew: credentials.renewAutomatically ? { kind: 'sandbox-demo' } : undefined,
    };
  }
  const { region, flow, customerId, clientId, clientSecret, renewAutomatically } = credentials;
  return {
    input: { region, flow, customerId, clientId, clientSecret },
    renew: renewAutomatically ? { kind: 'secret', secret: clientSecret } : undefined,
  };
}

/** Mints a token and shapes it for the session. */
export async function mintSessionAuth(
  input: ExchangeInput,
  renew: SessionAuth['renew'],
  appOrigin: string,
  signal?: AbortSignal,
): Promise<SessionAuth> {
  const minted = await exchangeToken(input, appOrigin, signal);
  const issuedAt = Date.now();
  return {
    region: input.region,
    flow: input.flow,
    customerId: input.customerId,
    clientId: input.clientId,
    token: minted.token,
    issuedAt,
    expiresAt: issuedAt + minted.expiresInSeconds * 1000,
    ...(renew ? { renew } : {}),
  };
}

/** Re-mints from what a renewing session kept; undefined when the session cannot renew itself. */
export function renewalInput(auth: SessionAuth): ExchangeInput | undefined {
  if (!auth.renew) return undefined;
  const base = { region: auth.region, flow: auth.flow, customerId: auth.customerId, clientId: auth.clientId };
  if (auth.renew.kind === 'secret') return { ...base, clientSecret: auth.renew.secret };
  return { ...base, clientSecret: demoClient().clientSecret };
}
