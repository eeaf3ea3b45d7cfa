/**
 * Demo mode, a per-browser setting: mutating calls (POST, PUT, PATCH, DELETE) ask for confirmation
 * before they are sent, so a live demo cannot change a tenant by a stray click. Kept in
 * localStorage under this key as "on" (anything else is off).
 */
export const DEMO_MODE_STORAGE_KEY = 'cxapi.demoMode';

export function isDemoModeOn(raw: string | null): boolean {
  return raw === 'on';
}

export function demoModeValue(on: boolean): string | null {
  return on ? 'on' : null;
}
