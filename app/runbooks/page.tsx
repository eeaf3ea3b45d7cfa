import type { Metadata } from 'next';

import { RunbookList } from '@/components/runbooks/runbook-list';

export const metadata: Metadata = { title: 'Runbooks' };

export default function RunbooksPage() {
  return (
    <div className="mx-auto max-w-6xl">
      <h1 className="text-2xl font-semibold tracking-tight">Runbooks</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        Guided sequences of calls: each step’s parameters are bound to earlier answers, each step is checked,
        and long operations are followed as jobs until they end. Runbooks are{' '}
        <a
          className="underline"
          href="https://spec.openapis.org/arazzo/latest.html"
          rel="noreferrer"
          target="_blank"
        >
          Arazzo
        </a>{' '}
        documents, so other tools can run them too. Every call goes through the same proxy as a single call.
      </p>
      <div className="mt-6">
        <RunbookList />
      </div>
    </div>
  );
}
