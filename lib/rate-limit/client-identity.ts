import ipaddr from 'ipaddr.js';

/**
 * Who a request comes from, for rate limiting only (never for authorisation).
 *
 * Next.js fills `X-Forwarded-For` with the socket's address only when the request did not carry
 * one (`??=` in next/dist/server/base-server.js), so without a trusted reverse proxy in front the
 * header is whatever the client chose. It is therefore read only when TRUST_PROXY_HEADERS is on,
 * and then only its LAST entry: the address the nearest proxy (ours) saw; entries to its left
 * were sent by the client and can be forged.
 */
export function clientAddressKey(
  forwardedFor: string | null,
  trustProxyHeaders: boolean,
): string | undefined {
  if (!trustProxyHeaders || !forwardedFor) return undefined;
  const last = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .pop();
  if (!last || last.length > 64) return undefined;
  // Some proxies write `1.2.3.4:5678` or `[2001:db8::1]:5678`.
  const bare =
    /^\[([^\]]+)\](?::\d+)?$/.exec(last)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last)?.[1] ?? last;
  if (!ipaddr.isValid(bare)) return undefined;
  if (bare.includes('.') && !bare.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(bare))
    return undefined;
  const address = ipaddr.process(bare);
  if (address.kind() === 'ipv4') return `ip:${address.toString()}`;
  // One IPv6 subscriber usually holds a whole /64: count the prefix, or a client could rotate
  // through 2^64 addresses to escape its limit.
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `ip6:${parts.join(':')}::/64`;
}

export const RATE_LIMIT_COOKIE = 'cxapi-rl';
const ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * The browser session's random rate-limit id from a Cookie header (either cookie name), if it is
 * well formed. It identifies a browser, not a person: it carries no secret and grants nothing.
 */
export function rateLimitIdFromCookies(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) continue;
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if ((name === RATE_LIMIT_COOKIE || name === `__Host-${RATE_LIMIT_COOKIE}`) && ID.test(value))
      return value;
  }
  return undefined;
}

/** A fresh id: 128 random bits, base64url (22 characters). */
export function newRateLimitId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

export interface RateLimitCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'strict'; path: '/'; maxAge: number; secure: boolean };
}

/** The cookie for the id: HttpOnly, SameSite=Strict, Path=/, and `__Host-` + Secure on https. */
export function rateLimitCookie(id: string, secure: boolean, maxAgeSeconds = 86_400): RateLimitCookie {
  return {
    name: secure ? `__Host-${RATE_LIMIT_COOKIE}` : RATE_LIMIT_COOKIE,
    value: id,
    options: { httpOnly: true, sameSite: 'strict', path: '/', maxAge: maxAgeSeconds, secure },
  };
}
