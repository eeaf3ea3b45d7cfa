'use client';

import type { RegionId } from '@/lib/citrix/regions';

import { useRegion } from './region-provider';

/** A region as the picker shows it (the server passes these, so the host table stays on the server). */
export interface RegionOption {
  id: RegionId;
  label: string;
  description: string;
}

/** The header's Region picker; the Set Authentication dialog starts from it. */
export function RegionPicker({ options }: { options: readonly RegionOption[] }) {
  const { region, setRegion } = useRegion();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only font-medium text-slate-600 max-lg:not-sr-only xl:not-sr-only dark:text-slate-300">
        Region
      </span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        value={region}
        onChange={(event) => setRegion(event.target.value as RegionId)}
        title={options.find((option) => option.id === region)?.description}
      >
        {options.map(({ id, label }) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
