import 'server-only';

import { citrixError } from './http';
import { verifySandboxToken, type SandboxTokenClaims } from './jwt';
import { sandboxSigningKey } from './sandbox-config';

/** `CwsAuth Bearer=<token>`; Citrix's own docs vary the case of both words, so both are case-insensitive. */
const CWS_AUTH = /^\s*cwsauth\s+bearer\s*=\s*([A-Za-z0-9._~+/=-]+)\s*$/i;

export function unauthenticated(reason: 'missing' | 'invalid'): Response {
  return citrixError(401, 'common/authentication', 'Missing or invalid authentication details', { reason });
}

export type GatewayAuth = { ok: true; claims: SandboxTokenClaims } | { ok: false; response: Response };

/** Checks the Authorization header the way the Citrix Cloud API gateway does. */
export async function authenticateGateway(request: Request): Promise<GatewayAuth> {
  const header = request.headers.get('authorization');
  if (!header || header.trim() === '') return { ok: false, response: unauthenticated('missing') };
  const match = CWS_AUTH.exec(header);
  if (!match?.[1]) return { ok: false, response: unauthenticated('invalid') };
  const verified = await verifySandboxToken(match[1], sandboxSigningKey());
  if (!verified.ok) return { ok: false, response: unauthenticated('invalid') };
  return { ok: true, claims: verified.claims };
}

/** Citrix accepts exactly `application/json`: no `*\/*`, no charset parameter. */
export function acceptsJson(request: Request): Response | undefined {
  const accept = request.headers.get('accept');
  if (accept !== null && accept.trim().toLowerCase() === 'application/json') return undefined;
  return citrixError(406, 'common/notAcceptable', 'Must accept application/json media type', {
    contentType: 'application/json',
  });
}
