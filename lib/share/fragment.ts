/** The URL fragments that open an operation page with its form filled in (kept free of zod: read on every operation page's load). */

/** Reads `#share=…` or `#history=…` from a location hash. */
export function readFragment(hash: string): { kind: 'share' | 'history'; value: string } | undefined {
  const match = /^#(share|history)=(.+)$/.exec(hash);
  if (!match) return undefined;
  return { kind: match[1] as 'share' | 'history', value: decodeURIComponent(match[2]!) };
}
