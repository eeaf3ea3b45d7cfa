/** Formats the time left until `expiresAt` as mm:ss (h:mm:ss past an hour); "00:00" once passed. */
export function formatCountdown(expiresAt: number, now: number): string {
  const totalSeconds = Math.max(0, Math.floor((expiresAt - now) / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

export type ExpiryState = 'valid' | 'expiring' | 'expired';

/** Tokens warn in their last five minutes. */
export const EXPIRY_WARNING_MS = 5 * 60 * 1000;

export function expiryState(expiresAt: number, now: number): ExpiryState {
  if (now >= expiresAt) return 'expired';
  if (expiresAt - now <= EXPIRY_WARNING_MS) return 'expiring';
  return 'valid';
}
