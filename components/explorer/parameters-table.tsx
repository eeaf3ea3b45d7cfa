import type { ParamSpec } from '@/lib/invoke-form/types';

import { MarkdownText } from './markdown';

const LOCATION_STYLE: Record<ParamSpec['in'], string> = {
  path: 'bg-violet-50 text-violet-700 dark:bg-violet-500/10 dark:text-violet-300',
  query: 'bg-sky-50 text-sky-700 dark:bg-sky-500/10 dark:text-sky-300',
  header: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
};

function typeText(param: ParamSpec): string {
  const range =
    param.minimum !== undefined && param.maximum !== undefined
      ? ` ${param.minimum}–${param.maximum}`
      : param.minimum !== undefined
        ? ` ≥ ${param.minimum}`
        : param.maximum !== undefined
          ? ` ≤ ${param.maximum}`
          : '';
  return `${param.kind}${param.format ? ` (${param.format})` : ''}${range}`;
}

/** The operation's parameters: in, name, type, required, default, enum and description. */
export function ParametersTable({ params }: { params: readonly ParamSpec[] }) {
  if (params.length === 0)
    return <p className="text-sm text-slate-500">This operation takes no parameters.</p>;
  return (
    <div
      role="region"
      aria-label="Parameters"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {['In', 'Name', 'Type', 'Required', 'Default', 'Enum', 'Description'].map((heading) => (
              <th key={heading} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top dark:divide-slate-800">
          {params.map((param) => (
            <tr key={param.key}>
              <td className="px-3 py-2.5">
                <span className={`rounded px-1.5 py-0.5 text-[11px] font-medium ${LOCATION_STYLE[param.in]}`}>
                  {param.in}
                </span>
              </td>
              <th
                scope="row"
                className="whitespace-nowrap px-3 py-2.5 text-left font-mono text-[13px] font-semibold text-slate-900 dark:text-slate-100"
              >
                {param.name}
                {param.deprecated ? (
                  <span className="ml-1 text-[11px] font-normal text-amber-700">deprecated</span>
                ) : null}
              </th>
              <td className="whitespace-nowrap px-3 py-2.5 font-mono text-xs text-slate-600 dark:text-slate-400">
                {typeText(param)}
              </td>
              <td className="px-3 py-2.5 text-xs">
                {param.required ? (
                  <span className="font-semibold text-red-700 dark:text-red-400">Yes</span>
                ) : (
                  <span className="text-slate-500">No</span>
                )}
              </td>
              <td className="px-3 py-2.5 font-mono text-xs text-slate-600 dark:text-slate-400">
                {param.default ?? '—'}
              </td>
              <td className="px-3 py-2.5 font-mono text-xs text-slate-600 dark:text-slate-400">
                {param.enum?.join(', ') || '—'}
              </td>
              <td className="min-w-64 px-3 py-2.5">
                <MarkdownText text={param.description} className="!space-y-1 !text-[13px]" />
                {param.example && param.role !== 'authorization' ? (
                  <p className="mt-1 text-xs text-slate-500">
                    Example: <code className="break-all font-mono">{param.example}</code>
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
