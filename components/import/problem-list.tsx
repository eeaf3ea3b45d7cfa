import type { ImportProblem } from '@/lib/openapi/types';

/** Where a problem is: "line 11, column 8" for syntax, the JSON path for the schema. */
function location(problem: ImportProblem): string | undefined {
  if (problem.kind === 'syntax') return `Line ${problem.line}, column ${problem.column}`;
  if (problem.kind === 'validation') return problem.path;
  return problem.path;
}

/** Why a document was refused. Messages are plain text (React escapes them). */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
    >
      <p className="font-semibold">The document was not imported.</p>
      <ul className="mt-2 space-y-1.5">
        {problems.map((problem, index) => (
          <li key={index} data-testid="import-problem">
            {location(problem) ? (
              <code className="mr-2 rounded bg-red-100 px-1.5 py-0.5 font-mono text-xs dark:bg-red-900/50">
                {location(problem)}
              </code>
            ) : null}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
