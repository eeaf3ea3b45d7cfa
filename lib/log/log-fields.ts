/**
 * A value from outside (an upstream transaction id, an error code) as a log field: only short,
 * plain identifiers pass, so a hostile header can neither forge log structure nor smuggle text.
 */
export function safeLogToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value) && !/eyJ[\w-]*\./.test(value)
    ? value
    : undefined;
}

/** A JWT (Citrix tokens are JWTs): three base64url parts, the first a JSON header (`eyJ…`). */
const JWT_SHAPED = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/;
/** A bearer value pasted into a path: `CwsAuth Bearer=…`, `Bearer …`. */
const BEARER = /bearer/i;

export const REDACTED_SEGMENT = '<redacted>';

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A request path as a log field: each segment that holds something shaped like a token (as
 * written or once percent-decoded) is replaced, so a token pasted into a path parameter never
 * reaches a log line. The rest of the path stays, for reading the log.
 */
export function safeLogPath(pathname: string | undefined): string | undefined {
  if (pathname === undefined) return undefined;
  return pathname
    .split('/')
    .map((segment) => {
      const plain = decoded(segment);
      return JWT_SHAPED.test(plain) || BEARER.test(plain) ? REDACTED_SEGMENT : segment;
    })
    .join('/');
}
