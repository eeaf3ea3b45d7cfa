/** The JWT claims that are times (seconds since 1970), with what each means. */
const TIME_CLAIMS = [
  ['iat', 'issued at'],
  ['nbf', 'not valid before'],
  ['exp', 'expires at'],
] as const;

export interface ClaimDate {
  claim: string;
  meaning: string;
  seconds: number;
  /** ISO 8601 in UTC, e.g. `2026-12-04T14:20:01.000Z`. */
  iso: string;
}

/** `iat`, `nbf` and `exp` as dates people can read, for the claims that are present and plausible. */
export function claimDates(claims: Record<string, unknown>): ClaimDate[] {
  const dates: ClaimDate[] = [];
  for (const [claim, meaning] of TIME_CLAIMS) {
    const seconds = claims[claim];
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 1e11) continue;
    dates.push({ claim, meaning, seconds, iso: new Date(seconds * 1000).toISOString() });
  }
  return dates;
}
