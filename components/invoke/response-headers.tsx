/** The response headers Citrix sent (cookies and hop-by-hop headers already removed by the proxy). */
export function ResponseHeaders({ headers }: { headers: readonly [string, string][] }) {
  return (
    <details className="group rounded-md border border-slate-200 dark:border-slate-800">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        Headers ({headers.length})
      </summary>
      <table className="w-full border-t border-slate-200 text-left text-[13px] dark:border-slate-800">
        <thead className="sr-only">
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {headers.map(([name, value], index) => (
            <tr key={`${name}-${index}`}>
              <th
                scope="row"
                className="w-64 whitespace-nowrap px-3 py-1.5 align-top font-mono font-medium text-slate-700 dark:text-slate-300"
              >
                {name}
              </th>
              <td className="break-all px-3 py-1.5 font-mono text-slate-600 dark:text-slate-400">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
