'use client';

import { useMemo, useState } from 'react';

import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { bashScript, chainOf, postmanCollection, powershellScript } from '@/lib/runbooks/export-run';
import type { RunState } from '@/lib/runbooks/runner';
import type { ArazzoWorkflow } from '@/lib/runbooks/schema';

type Format = 'bash' | 'powershell' | 'postman';

const FILES: Record<Format, { label: string; extension: string; type: string }> = {
  bash: { label: 'cURL (bash)', extension: 'sh', type: 'text/x-shellscript' },
  powershell: { label: 'PowerShell', extension: 'ps1', type: 'text/plain' },
  postman: { label: 'Postman collection', extension: 'postman_collection.json', type: 'application/json' },
};

function save(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The run as scripts that chain its steps (token from CITRIX_TOKEN) and as a Postman collection. */
export function RunExports({
  title,
  workflow,
  state,
  polling,
}: {
  title: string;
  workflow: ArazzoWorkflow;
  state: RunState;
  polling: { seconds: number; limit: number };
}) {
  const [format, setFormat] = useState<Format>('bash');
  const text = useMemo(() => {
    const chain = chainOf(workflow, state);
    if (format === 'bash') return bashScript(title, chain, polling);
    if (format === 'powershell') return powershellScript(title, chain, polling);
    return JSON.stringify(postmanCollection(title, chain), null, 2);
  }, [format, title, workflow, state, polling]);
  const stem = workflow.workflowId.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <section
      aria-labelledby="run-export"
      className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="run-export" className="font-semibold">
        Export this run
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        The steps that ran, in order, each later call reading the earlier answers. The token is read from{' '}
        <code className="font-mono">CITRIX_TOKEN</code> (Postman:{' '}
        <code className="font-mono">{'{{citrixToken}}'}</code>) and is never written.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm">
          Format
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as Format)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            {(Object.keys(FILES) as Format[]).map((name) => (
              <option key={name} value={name}>
                {FILES[name].label}
              </option>
            ))}
          </select>
        </label>
        <CopyButton value={text} label="Copy" />
        <Button
          size="sm"
          variant="secondary"
          onClick={() => save(text, `${stem}.${FILES[format].extension}`, FILES[format].type)}
        >
          Download
        </Button>
      </div>
      <pre
        data-testid="run-export-text"
        className="max-h-80 overflow-auto whitespace-pre rounded bg-slate-50 p-3 font-mono text-xs dark:bg-slate-900"
      >
        {text}
      </pre>
    </section>
  );
}
