/**
 * How many profiles may hold a token at once is bounded by request-header size, not by a count we
 * like: every sealed profile cookie travels on every request to the app, and Node refuses a
 * request whose head exceeds --max-http-header-size (16 KB by default) with 431 — the whole site
 * would stop answering that browser. Measured in cookie-budget.test.ts and docs/profiles.md.
 */

/** Node's default --max-http-header-size: request line plus every header, in bytes. */
export const NODE_MAX_HEADER_BYTES = 16 * 1024;

/**
 * What all of our session cookies together may add to the Cookie header. The remaining 4 KB is
 * for the browser's own headers (user agent, client hints, accept, referer: about 1 KB measured
 * for Chromium) and other cookies. With realistic 2.5 KB Citrix tokens (3.9 KB sealed with the
 * renewal secret) this allows three live profiles; with the sandbox's 539-byte tokens, nine.
 */
export const PROFILE_COOKIE_BUDGET_BYTES = 12 * 1024;

export interface CookiePair {
  name: string;
  value: string;
}

/** The bytes these cookies take in a `Cookie:` header (`a=1; b=2`). */
export function cookieHeaderBytes(pairs: readonly CookiePair[]): number {
  return pairs.reduce(
    (sum, pair, index) => sum + pair.name.length + 1 + pair.value.length + (index > 0 ? 2 : 0),
    0,
  );
}

export interface BudgetCheck {
  ok: boolean;
  /** Our cookies' bytes if the candidate were stored (it replaces a cookie of the same name). */
  afterBytes: number;
  /** How many other profiles hold a token now. */
  otherProfiles: number;
}

/** Whether storing `candidate` keeps our cookies within the budget. */
export function checkCookieBudget(
  current: readonly CookiePair[],
  candidate: CookiePair,
  budget = PROFILE_COOKIE_BUDGET_BYTES,
): BudgetCheck {
  const others = current.filter((pair) => pair.name !== candidate.name && pair.value !== '');
  const afterBytes = cookieHeaderBytes([...others, candidate]);
  return { ok: afterBytes <= budget, afterBytes, otherProfiles: others.length };
}

export function budgetMessage(check: BudgetCheck): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `This browser already keeps tokens for ${check.otherProfiles} other profile${check.otherProfiles === 1 ? '' : 's'}; ` +
    `one more would take the session cookies to ${kb(check.afterBytes)}, over the ${kb(PROFILE_COOKIE_BUDGET_BYTES)} ` +
    `that keeps every request under the server's ${kb(NODE_MAX_HEADER_BYTES)} header limit. ` +
    'Sign out of a profile (or delete one) and try again.'
  );
}
