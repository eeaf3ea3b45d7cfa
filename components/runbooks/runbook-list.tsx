'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';

import { useHydrated } from '@/components/shell/use-hydrated';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { builtInEntries } from '@/lib/runbooks/library';
import { secretProblems } from '@/lib/runbooks/secrets';
import { newRunbookId } from '@/lib/runbooks/store';
import { MAX_RUNBOOK_BYTES, parseRunbook, type Problem } from '@/lib/runbooks/validate';

import { useRunbookStorage } from './use-runbook-storage';

const BUILT_INS = builtInEntries();

/** The built-in runbooks, the ones saved in this browser, and importing an Arazzo file. */
export function RunbookList() {
  const router = useRouter();
  const storage = useRunbookStorage();
  const hydrated = useHydrated();
  const [problems, setProblems] = useState<Problem[]>([]);
  const input = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    if (file.size > MAX_RUNBOOK_BYTES) {
      setProblems([
        {
          where: file.name,
          message: `is ${Math.ceil(file.size / 1024)} KB; a runbook may be at most ${MAX_RUNBOOK_BYTES / 1024} KB`,
        },
      ]);
      return;
    }
    const text = await file.text();
    const parsed = parseRunbook(text);
    if (!parsed.ok) return setProblems(parsed.problems);
    const secrets = secretProblems(parsed.document);
    if (secrets.length > 0) return setProblems(secrets);
    const id = newRunbookId();
    storage.save({ id, title: parsed.document.info.title, text, updatedAt: Date.now() });
    setProblems([]);
    router.push(`/runbooks/${id}`);
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby="built-in-runbooks">
        <h2 id="built-in-runbooks" className="text-lg font-semibold">
          Built in
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {BUILT_INS.map((entry) => (
            <li
              key={entry.id}
              className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <Link
                href={`/runbooks/${entry.id}`}
                className="block font-semibold text-brand-700 hover:underline dark:text-brand-100"
              >
                {entry.title}
              </Link>
              {entry.summary ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{entry.summary}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="my-runbooks">
        <h2 id="my-runbooks" className="text-lg font-semibold">
          Yours (in this browser)
        </h2>
        {hydrated && storage.saved.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            None yet: import an Arazzo file, save a copy of a built-in from its Arazzo tab, or{' '}
            <Link href="/history" className="inline-block text-brand-700 underline dark:text-brand-100">
              make one from calls in the history
            </Link>
            .
          </p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="saved-runbooks">
            {storage.saved.map((saved) => (
              <li
                key={saved.id}
                className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <Link
                  href={`/runbooks/${saved.id}`}
                  className="block break-words font-semibold text-brand-700 hover:underline dark:text-brand-100"
                >
                  {saved.title}
                </Link>
                <p className="mt-1 text-xs text-slate-500">
                  Saved {new Date(saved.updatedAt).toLocaleString()}
                </p>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={() => input.current?.click()}>
            Import an Arazzo file
          </Button>
          <input
            ref={input}
            type="file"
            accept=".yaml,.yml,.json,application/yaml,application/json"
            aria-label="Arazzo file to import"
            data-testid="runbook-import-input"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        {problems.length > 0 ? (
          <ul
            data-testid="runbook-import-problems"
            role="alert"
            className="mt-3 space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
          >
            {problems.map((problem, index) => (
              <li key={index}>
                <code className="font-mono text-xs font-semibold">{problem.where}</code> {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
