/**
 * The URL policy for Markdown taken from API descriptions. Descriptions are untrusted input (a
 * user may import any OpenAPI document), so a link may never run script: anything that, once
 * browsers strip whitespace and control characters, starts with a script-capable scheme is dropped.
 */
const BLOCKED_SCHEMES = ['javascript:', 'data:', 'vbscript:'];

/** Only these schemes are kept on absolute URLs; relative links and fragments are kept too. */
const ALLOWED_SCHEMES = /^(https?|mailto):$/i;

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

export function isBlockedUrl(url: string): boolean {
  const normalized = url.replace(IGNORED_BY_BROWSERS, '').toLowerCase();
  return BLOCKED_SCHEMES.some((scheme) => normalized.startsWith(scheme));
}

/** react-markdown `urlTransform`: the URL unchanged when safe, an empty string otherwise. */
export function safeUrlTransform(url: string): string {
  if (isBlockedUrl(url)) return '';
  const normalized = url.replace(IGNORED_BY_BROWSERS, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(normalized)?.[1];
  // No scheme: a relative path, a fragment or a query; harmless.
  if (!scheme) return url;
  return ALLOWED_SCHEMES.test(scheme) ? url : '';
}

/** Stands for this app while a link is resolved; `.invalid` can never be a real host. */
const HERE = 'https://explorer.invalid/';

/**
 * True for links that leave the app, which open in a new tab without an opener or a referrer.
 * Resolved as the browser would, so `//evil.example`, `/\evil.example` and `\\evil.example`
 * (browsers read a backslash as a slash) count as external, and so does anything that cannot be resolved.
 */
export function isExternalUrl(url: string): boolean {
  try {
    return new URL(url.replace(IGNORED_BY_BROWSERS, ''), HERE).origin !== new URL(HERE).origin;
  } catch {
    return true;
  }
}
