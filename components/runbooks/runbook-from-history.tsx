'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import type { HistoryEntry } from '@/lib/history/store';
import { runbookFromHistory } from '@/lib/runbooks/from-history';
import { secretProblems } from '@/lib/runbooks/secrets';
import { newRunbookId } from '@/lib/runbooks/store';
import { runbookToYaml } from '@/lib/runbooks/validate';

import { useRunbookStorage } from './use-runbook-storage';

/** "Make a runbook" of the calls ticked in the history: one step per call, saved in this browser. */
export function RunbookFromHistory({ selected }: { selected: readonly HistoryEntry[] }) {
  const router = useRouter();
  const storage = useRunbookStorage();
  const [note, setNote] = useState<string | undefined>();
  function make() {
    const { document, skipped } = runbookFromHistory(selected, `Runbook of ${selected.length} calls`);
    if (skipped.length > 0) document.info.description = `Left out: ${skipped.join('; ')}.`;
    if (document.workflows[0]!.steps.length === 0) {
      setNote(`None of the ticked calls can be a step: ${skipped.join('; ')}.`);
      return;
    }
    if (secretProblems(document).length > 0) {
      setNote('A ticked call holds a secret; a runbook never keeps one.');
      return;
    }
    const id = newRunbookId();
    storage.save({ id, title: document.info.title, text: runbookToYaml(document), updatedAt: Date.now() });
    router.push(`/runbooks/${id}`);
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" onClick={make} disabled={selected.length === 0}>
        Make a runbook of the ticked calls{selected.length > 0 ? ` (${selected.length})` : ''}
      </Button>
      {note ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {note}
        </p>
      ) : null}
    </div>
  );
}
