/** The URL fragments that open an operation page with its form filled in (kept free of zod: read on every operation page's load). */

/** `#share=<payload>`: see ./codec. */
export const SHARE_FRAGMENT_KEY = 'share';

export interface IncomingFragment {
  kind: 'share' | 'history';
  /**
   * The decoded value. Empty when the fragment is not valid percent-encoding (`#share=%`,
   * `#history=%ZZ`): an empty value is neither a share payload nor a history id, so the page says
   * the link could not be read instead of crashing on a URIError.
   */
  value: string;
}

/** Reads `#share=…` or `#history=…` from a location hash; never throws, whatever the hash holds. */
export function readFragment(hash: string): IncomingFragment | undefined {
  const match = /^#(share|history)=(.+)$/.exec(hash);
  if (!match) return undefined;
  const kind = match[1] as IncomingFragment['kind'];
  try {
    return { kind, value: decodeURIComponent(match[2]!) };
  } catch {
    return { kind, value: '' };
  }
}
