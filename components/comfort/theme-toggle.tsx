'use client';

import { useId, type ReactNode } from 'react';

import type { ThemePreference } from '@/lib/theme/theme';

import { useTheme } from './use-theme';

const OPTIONS: { value: ThemePreference; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

/**
 * Theme: Light | Dark | System, as native radio buttons (arrow keys move between them). The icons
 * come from the server (components/comfort/header-tools.tsx), so their drawings are not shipped as code.
 */
export function ThemeToggle({ icons }: { icons: Readonly<Record<ThemePreference, ReactNode>> }) {
  const { preference, setPreference } = useTheme();
  const name = useId();
  return (
    <fieldset className="flex items-center rounded-full bg-slate-100 p-0.5 dark:bg-slate-800">
      <legend className="sr-only">Theme</legend>
      {OPTIONS.map(({ value, label }) => (
        <label
          key={value}
          title={`${label} theme`}
          className="grid h-7 w-7 cursor-pointer place-items-center rounded-full text-slate-600 hover:text-slate-900 has-[:checked]:bg-white has-[:checked]:text-brand-700 has-[:checked]:shadow-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-brand-600 dark:text-slate-300 dark:hover:text-white dark:has-[:checked]:bg-slate-950 dark:has-[:checked]:text-white dark:has-[:focus-visible]:outline-sky-400"
        >
          <input
            type="radio"
            name={name}
            value={value}
            checked={preference === value}
            onChange={() => setPreference(value)}
            className="sr-only"
          />
          {icons[value]}
          <span className="sr-only">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
