import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export const SANDBOX_ISSUER = 'https://sandbox.citrix-cloud-api-explorer.local/cctrustoauth2';

export interface SandboxTokenClaims {
  customerId: string;
  clientId: string;
  issuedAt: number;
  expiresAt: number;
}

/** Signs a sandbox bearer token: a real HS256 JWT carrying customer, client, issue and expiry time. */
export async function signSandboxToken(
  subject: { customerId: string; clientId: string },
  key: Uint8Array,
  ttlSeconds: number,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  return new SignJWT({ customer_id: subject.customerId, client_id: subject.clientId, token_use: 'access' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(SANDBOX_ISSUER)
    .setSubject(subject.clientId)
    .setAudience('citrix-cloud-sandbox')
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 5)
    .setExpirationTime(nowSeconds + ttlSeconds)
    .setJti(crypto.randomUUID())
    .sign(key);
}

export type VerifyResult =
  { ok: true; claims: SandboxTokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

/** Verifies signature, issuer, audience and expiry against the given clock. */
export async function verifySandboxToken(
  token: string,
  key: Uint8Array,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<VerifyResult> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: SANDBOX_ISSUER,
      audience: 'citrix-cloud-sandbox',
      algorithms: ['HS256'],
      currentDate: new Date(nowSeconds * 1000),
    });
    if (typeof payload.customer_id !== 'string' || typeof payload.client_id !== 'string') {
      return { ok: false, reason: 'invalid' };
    }
    return {
      ok: true,
      claims: {
        customerId: payload.customer_id,
        clientId: payload.client_id,
        issuedAt: payload.iat ?? nowSeconds,
        expiresAt: payload.exp ?? nowSeconds,
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
  }
}
