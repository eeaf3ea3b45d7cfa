import { ApiError } from '@/lib/http/api-error';
import { isUuid, UUID_EXAMPLE } from '@/lib/http/uuid';

/**
 * The only request headers the browser may set on a proxied call (security plan §5 "Headers").
 * Everything else — cookie, host, origin, referer, x-forwarded-*, forwarded, x-real-ip, next-*,
 * rsc, x-middleware-*, proxy-*, te, upgrade, connection, keep-alive, transfer-encoding,
 * content-length and a browser-sent authorization — is dropped: an allowlist, not a deny-list.
 */
export const OUTBOUND_HEADER_ALLOWLIST: ReadonlySet<string> = new Set([
  'accept',
  'content-type',
  'accept-language',
  'citrix-customerid',
  'citrix-instanceid',
  'citrix-transactionid',
  'citrix-locale',
  'if-match',
  'if-none-match',
  'x-actionname',
]);

/** What a bearer token may look like: JWT and base64 characters (Citrix tokens are JWTs). */
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,16384}$/;
const CWS_AUTH = /^\s*cwsauth\s+bearer\s*=\s*(\S+)\s*$/i;

/** The Authorization value Citrix Cloud expects. */
export function cwsAuthorization(token: string): string {
  return `CwsAuth Bearer=${token}`;
}

/**
 * The token inside a pasted Authorization value: either `CwsAuth Bearer=<token>` or the bare
 * token. Throws a 400 for anything else (another scheme, spaces, control characters).
 */
export function tokenFromOverride(value: string): string {
  const trimmed = value.trim();
  const token = CWS_AUTH.exec(trimmed)?.[1] ?? trimmed;
  if (!TOKEN.test(token)) {
    throw new ApiError(
      400,
      'INVALID_AUTHORIZATION',
      'The Authorization value must be "CwsAuth Bearer=<token>" or the bare token.',
    );
  }
  return token;
}

/** Header values travel as bytes (ISO-8859-1): refuse characters fetch would reject later. */
const LATIN1_VISIBLE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Builds the outbound headers from the user's list: allowlisted names only, repeated names joined
 * with ", ", and our Authorization set last so nothing the browser sends can replace it.
 */
export function buildOutboundHeaders(
  userHeaders: ReadonlyArray<readonly [string, string]>,
  authorization: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rawName, value] of userHeaders) {
    const name = rawName.toLowerCase();
    if (!OUTBOUND_HEADER_ALLOWLIST.has(name)) continue;
    if (!LATIN1_VISIBLE.test(value)) {
      throw new ApiError(
        400,
        'INVALID_HEADER',
        `The value of header ${rawName} contains characters that cannot be sent.`,
      );
    }
    // Citrix declares Citrix-TransactionId a uuid and silently replaces anything else with a new
    // one, so the id a user meant to find in Citrix's logs would be lost: refuse it instead.
    if (name === 'citrix-transactionid' && value.trim() === '') continue;
    if (name === 'citrix-transactionid' && !isUuid(value.trim())) {
      throw new ApiError(
        400,
        'INVALID_TRANSACTION_ID',
        `Citrix-TransactionId must be a UUID, such as ${UUID_EXAMPLE}; leave it empty to get a new one.`,
      );
    }
    out[name] = name in out ? `${out[name]}, ${value.trim()}` : value.trim();
  }
  out.authorization = authorization;
  return out;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) and everything that describes the wire rather than the answer. */
const DROPPED_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'set-cookie2',
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  // The body we return is decoded and re-framed, so the upstream's framing no longer applies.
  'content-encoding',
  'content-length',
]);

/**
 * The upstream response headers the browser may see: no cookies, no CORS grants, no hop-by-hop
 * headers (including every header named in Connection), no framing headers.
 */
export function filterResponseHeaders(headers: Readonly<Record<string, string>>): [string, string][] {
  const named = new Set(
    (headers.connection ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  return Object.entries(headers)
    .filter(([name]) => {
      const lower = name.toLowerCase();
      return (
        !DROPPED_RESPONSE_HEADERS.has(lower) &&
        !named.has(lower) &&
        !lower.startsWith('access-control-') &&
        !lower.startsWith('proxy-')
      );
    })
    .map(([name, value]): [string, string] => [name.toLowerCase(), value]);
}
