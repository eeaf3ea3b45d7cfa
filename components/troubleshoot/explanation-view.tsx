'use client';

import type { ReactNode } from 'react';

import type { Explanation } from '@/lib/troubleshoot/explain';

/** "What went wrong" and "What to do", for a recognised failure. */
export function ExplanationView({ explanation, actions }: { explanation: Explanation; actions?: ReactNode }) {
  const titleId = `troubleshoot-${explanation.id}`;
  return (
    <section
      aria-labelledby={titleId}
      data-testid="troubleshooting"
      data-explanation={explanation.id}
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100"
    >
      <h3 id={titleId} className="font-semibold">
        <span className="sr-only">Troubleshooting: </span>
        {explanation.title}
      </h3>
      <p className="mt-1">
        <span className="font-medium">What went wrong: </span>
        {explanation.cause}
      </p>
      <p className="mt-2 font-medium">What to do:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {explanation.fix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {explanation.reference ? (
        <p className="mt-2 text-xs">
          {explanation.reference.label}: <code className="font-mono">{explanation.reference.value}</code>
        </p>
      ) : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
    </section>
  );
}
