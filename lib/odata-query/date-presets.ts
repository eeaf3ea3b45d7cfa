const HOUR = 3_600_000;

/** The date presets a `within` filter offers. */
export const DATE_PRESETS = {
  '24h': { label: '24 hours', ms: 24 * HOUR },
  '7d': { label: '7 days', ms: 7 * 24 * HOUR },
} as const;
export type DatePreset = keyof typeof DATE_PRESETS;

export function isDatePreset(value: string): value is DatePreset {
  return Object.hasOwn(DATE_PRESETS, value);
}

/** Where a preset's window starts, counted back from `now`. */
export function presetStart(preset: DatePreset, now: Date): Date {
  return new Date(now.getTime() - DATE_PRESETS[preset].ms);
}
