'use client';

import { REGION_IDS, type RegionId } from '@/lib/citrix/region-ids';
import { REGIONS } from '@/lib/citrix/regions';

import { useRegion } from './region-provider';

/** The header's Region picker; the Set Authentication dialog starts from it. */
export function RegionPicker() {
  const { region, setRegion } = useRegion();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium text-slate-600 dark:text-slate-300">Region</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        value={region}
        onChange={(event) => setRegion(event.target.value as RegionId)}
        title={REGIONS[region].description}
      >
        {REGION_IDS.map((id) => (
          <option key={id} value={id}>
            {REGIONS[id].label}
          </option>
        ))}
      </select>
    </label>
  );
}
