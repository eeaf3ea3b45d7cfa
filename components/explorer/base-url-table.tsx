'use client';

import { displayUrl, type Target } from '@/lib/citrix/regions';

import { useOrigin } from './use-origin';

export interface BaseUrlRow {
  regionId: string;
  label: string;
  regional?: Target;
  /** api.cloud.com, where the region documents it. */
  global?: Target;
}

/** The service's base URL per region of the table; the sandbox one is under this app's origin. */
export function BaseUrlTable({ rows, basePath }: { rows: readonly BaseUrlRow[]; basePath: string }) {
  const origin = useOrigin();
  const url = (target: Target | undefined) => (target ? displayUrl(target, basePath, origin) : undefined);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Region
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Base URL
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Global server
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.regionId}>
              <th
                scope="row"
                className="whitespace-nowrap px-3 py-2 font-medium text-slate-800 dark:text-slate-200"
              >
                {row.label}
              </th>
              <td className="px-3 py-2 font-mono text-[13px] text-slate-700 dark:text-slate-300">
                {url(row.regional) ?? (
                  <span className="font-sans text-slate-500 dark:text-slate-400">Not available</span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-[13px] text-slate-500 dark:text-slate-400">
                {url(row.global) ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
