/**
 * The rules a browser-sent path must pass before it is ever joined to an origin (security plan
 * §0.2, B9–B19). Pure; no URL is built here. Each rule names a way a path has been used to leave
 * its origin or to be read differently by a server further along (Orange Tsai's parser
 * differentials, oauth2-proxy's open-redirect corpus, Tomcat's `..;`).
 */

export const MAX_PATH_LENGTH = 2048;

/** Control, format (bidi, zero-width) and line/paragraph separator characters. */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * Characters that IDNA or some server stacks fold into `.`, `/`, `\`, `@`, `:`, `#` or `?`
 * (e.g. U+3002 becomes `.` in a host). Inert in a path for WHATWG URL, but refused so that no
 * server behind the gateway gets the chance to fold them.
 */
const LOOKALIKE =
  /[\u3002\uff0e\uff61\u2024\ufe52\uff0f\u2215\u2044\u29f8\uff3c\u2216\u29f9\ufe68\uff20\ufe6b\uff1a\ufe55\uff03\ufe5f\uff1f\ufe56]/u;

/** A segment that starts like a URL scheme (`javascript:`, `https:`, `data:`). */
const SCHEME_START = /^[a-z][a-z0-9+.-]*:/i;

/** `.` / `..`, also as Tomcat's `..;param` path parameter. */
const DOT_SEGMENT = /^\.{1,2}(;.*)?$/;

/**
 * A Windows `DOMAIN\\account` name, sent once-encoded (`CONTOSO%5CW11-POOL-001`) as DaaS machine
 * names are. The backslash sits between two words, so it can never start a `\\host` or `/\\host`.
 */
const DOMAIN_ACCOUNT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\\[A-Za-z0-9_$-][A-Za-z0-9_.$-]*$/;

const MALFORMED_PERCENT = /%(?![0-9a-f]{2})/i;

/** Decodes `%XX` escapes once, as a server would; invalid UTF-8 becomes U+FFFD (never throws). */
export function percentDecodeOnce(value: string): string {
  if (!value.includes('%')) return value;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length;) {
    const char = value[index]!;
    const hex = value.slice(index + 1, index + 3);
    if (char === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 3;
      continue;
    }
    const codePoint = value.codePointAt(index)!;
    const text = String.fromCodePoint(codePoint);
    bytes.push(...encoder.encode(text));
    index += text.length;
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** Checks one segment as written and as decoded up to three times (double encoding: `%252e`). */
function segmentProblem(segment: string): string | undefined {
  let current = segment;
  for (let level = 0; level <= 3; level++) {
    if (DOT_SEGMENT.test(current)) return 'contains a "." or ".." segment';
    if (CONTROL.test(current)) return 'contains a control character';
    if (current.includes('\\') && !(level === 1 && DOMAIN_ACCOUNT.test(current)))
      return 'contains a backslash';
    if (LOOKALIKE.test(current))
      return 'contains a character that servers may read as ".", "/", "\\", "@" or ":"';
    if (SCHEME_START.test(current)) return 'contains a URL scheme';
    if (level > 0 && current.includes('/')) return 'contains an encoded "/" inside a segment';
    const next = percentDecodeOnce(current);
    if (next === current) return undefined;
    current = next;
  }
  return 'is encoded too many times';
}

/**
 * Why `path` may not be used, or undefined when it may. The path is relative to a service's
 * basePath and must start with exactly one `/`; the query travels separately.
 */
export function pathProblem(path: string): string | undefined {
  if (path.length === 0) return 'is empty';
  if (path.length > MAX_PATH_LENGTH) return `is longer than ${MAX_PATH_LENGTH} characters`;
  if (!path.startsWith('/')) return 'must start with "/"';
  if (path.includes('//')) return 'contains "//"';
  if (CONTROL.test(path)) return 'contains a control character';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.includes('@')) return 'contains "@"';
  if (path.includes('#')) return 'contains "#"';
  if (path.includes('?')) return 'contains "?" (put query parameters in the query list)';
  if (MALFORMED_PERCENT.test(path)) return 'contains a "%" that is not followed by two hex digits';
  const placeholder = /\{([^}/]*)\}/.exec(path);
  if (placeholder) return `still contains the placeholder {${placeholder[1]}}: fill in that path parameter`;
  for (const segment of path.slice(1).split('/')) {
    const problem = segmentProblem(segment);
    if (problem) return problem;
  }
  return undefined;
}
