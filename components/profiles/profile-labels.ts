import { REGIONS } from '@/lib/citrix/regions';
import type { Profile } from '@/lib/profiles/store';
import { formatCountdown } from '@/lib/time/countdown';

/**
 * Whole minutes left, never more than are really left: rounded down, and never beyond the token's
 * lifetime (a clock read a few seconds before the token arrived would otherwise say "61 min").
 */
export function minutesLeft(expiresAt: number, now: number, issuedAt?: number): number {
  const lifetime = issuedAt !== undefined && issuedAt < expiresAt ? expiresAt - issuedAt : Infinity;
  return Math.floor(Math.min(expiresAt - now, lifetime) / 60_000);
}

/** "sandboxdemo01 · Sandbox · 59:12 left" (or "· 59 min left"), "… · expired", or "no token". */
export function profileTokenState(
  profile: Profile,
  now: number,
  precision: 'seconds' | 'minutes' = 'seconds',
): string {
  const token = profile.token;
  if (!token?.authenticated || !token.expiresAt) return 'no token';
  const where = [token.customerId, token.region ? REGIONS[token.region].label : undefined]
    .filter(Boolean)
    .join(' · ');
  const ms = token.expiresAt - now;
  const left =
    ms <= 0
      ? 'expired'
      : precision === 'minutes'
        ? `${minutesLeft(token.expiresAt, now, token.issuedAt)} min left`
        : `expires in ${formatCountdown(token.expiresAt, now)}`;
  return `${where} · ${left}${token.renewAutomatically ? ' · renews' : ''}`;
}

/** For the header's picker: "59 min", "expired" or "no token". */
export function shortTokenState(profile: Profile, now: number): string {
  const token = profile.token;
  if (!token?.authenticated || !token.expiresAt) return 'no token';
  const ms = token.expiresAt - now;
  if (ms <= 0) return 'expired';
  const minutes = minutesLeft(token.expiresAt, now, token.issuedAt);
  return minutes < 1 ? 'under 1 min' : `${minutes} min`;
}
