import { REGIONS } from '@/lib/citrix/regions';
import type { Profile } from '@/lib/profiles/store';
import { formatCountdown } from '@/lib/time/countdown';

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
        ? `${Math.ceil(ms / 60_000)} min left`
        : `expires in ${formatCountdown(token.expiresAt, now)}`;
  return `${where} · ${left}${token.renewAutomatically ? ' · renews' : ''}`;
}

/** For the header's picker: "59 min", "expired" or "no token". */
export function shortTokenState(profile: Profile, now: number): string {
  const token = profile.token;
  if (!token?.authenticated || !token.expiresAt) return 'no token';
  const ms = token.expiresAt - now;
  return ms <= 0 ? 'expired' : `${Math.ceil(ms / 60_000)} min`;
}
