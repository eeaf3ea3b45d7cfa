/**
 * A time as `2026-12-07 00:27:57 UTC`: what the server can write for any reader, where the
 * browser would use its own locale and time zone (which the server does not know).
 */
export function formatUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
