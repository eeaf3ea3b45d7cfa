import type { FieldDef } from '@/lib/odata-query/entity-sets';
import type { ExpandedColumn } from '@/lib/odata-query/expanded-columns';
import type { ODataRow } from '@/lib/odata-query/odata-answer';
import { describeValue } from '@/lib/odata-query/row-value';

/** The rows, one column per selected field and expanded relation; it scrolls inside its own box. */
export function ResultsTable({
  rows,
  columns,
  expanded,
}: {
  rows: ODataRow[];
  columns: FieldDef[];
  expanded: ExpandedColumn[];
}) {
  if (rows.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-300">No rows match this query.</p>;
  return (
    <div
      className="max-h-[32rem] max-w-full overflow-auto rounded-lg border border-slate-200 dark:border-slate-700"
      role="region"
      aria-label="Query results"
      tabIndex={0}
    >
      <table className="min-w-full text-left text-sm">
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            {columns.map((column) => (
              <th key={column.name} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {column.name}
              </th>
            ))}
            {expanded.map((column) => (
              <th key={column.name} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.name} className="px-3 py-1.5 font-mono text-xs whitespace-nowrap">
                  {describeValue(column, row[column.name])}
                </td>
              ))}
              {expanded.map((column) => (
                <td key={column.name} className="px-3 py-1.5 font-mono text-xs whitespace-nowrap">
                  {column.describe(row[column.name])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
