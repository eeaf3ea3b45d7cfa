import type { ImportWarning } from '@/lib/openapi/types';

/** What the import accepted but wants said: problems inside schemas, unresolved references. */
export function WarningList({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <p className="font-semibold">
        Imported with {warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {warnings.map((warning, index) => (
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}
