import { decodeJwt, decodeProtectedHeader } from 'jose';

export interface DecodedToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

/**
 * The JWT's header and claims, without the signature: enough to read, not enough to use.
 * Undefined for a token that is not a JWT.
 */
export function decodeTokenClaims(token: string): DecodedToken | undefined {
  try {
    return {
      header: decodeProtectedHeader(token) as Record<string, unknown>,
      claims: decodeJwt(token) as Record<string, unknown>,
    };
  } catch {
    return undefined;
  }
}
